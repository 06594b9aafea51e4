"""The training State (Republic of Examplia): realistic volume, hard text stored verbatim, safe reset."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest

from app import agencies, matrix, state_profile
from app.check import check_report
from app.demo import build_demo, demo_content
from app.errors import UserError
from app.states import TRAINING_STATE_CODE, state_name
from app.workspace import Workspace
from db.connection import DatabaseError
from tests.copies import backup_file

ARABIC = re.compile("[\u0600-\u06ff]")
CHINESE = re.compile("[\u4e00-\u9fff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\U0001f1e6-\U0001f1ff]")
DATA_TABLES = (
    "state_profile",
    "additional_report",
    "agency",
    "point_of_contact",
    "legal_instrument",
    "matrix_answer",
    "matrix_citation",
    "assistance_request",
    "assistance_event",
    "assistance_offer",
)


def _copy(src: Path, dst: Path) -> Path:
    return backup_file(src, dst)


def _dump(path: Path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in DATA_TABLES}
    finally:
        conn.close()


def _rows(ws, sql: str, params=()) -> list[dict]:
    cursor = ws.db.execute(sql, list(params))
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, r, strict=True)) for r in cursor.fetchall()]


@pytest.fixture(scope="module")
def content() -> dict:
    return demo_content()


@pytest.fixture
def demo_ws(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


def test_training_state_is_healthy_and_marked_as_training(demo_db, demo_ws):
    profile = state_profile.get_profile(demo_ws)
    assert profile["state_code"] == TRAINING_STATE_CODE
    assert profile["is_training"] == 1
    assert state_name(TRAINING_STATE_CODE, "en") == "Republic of Examplia"
    assert state_name(TRAINING_STATE_CODE, "fr") == "République d'Examplia"
    assert check_report(demo_db).problems == []


def test_about_sixty_percent_of_the_matrix_is_answered(demo_ws):
    cov = matrix.coverage_by_section(demo_ws)["*"]
    assert cov.total == 331
    assert 55.0 <= cov.percent(cov.answered) <= 65.0
    # Every value of the legend is used somewhere, and every section has answers.
    assert cov.x > 0 and cov.unsure > 0 and cov.na > 0
    by_section = matrix.coverage_by_section(demo_ws)
    assert all(by_section[s].answered > 0 for s in "ABCD")


def test_counts_match_the_demo_content(demo_ws, content):
    counts = {
        t: demo_ws.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("agency", "point_of_contact", "legal_instrument", "additional_report", "matrix_answer")
    }
    assert counts["legal_instrument"] == 15
    assert counts["agency"] == len(content["agencies"]) >= 8
    assert counts["point_of_contact"] == len(content["contacts"]) >= 5
    assert counts["additional_report"] == len(content["additional_reports"])
    assert counts["matrix_answer"] == len(content["answers"])
    citations = sum(len(a["citations"]) for a in content["answers"])
    assert demo_ws.db.execute("SELECT count(*) FROM matrix_citation").fetchone()[0] == citations > 0


def test_records_are_stored_exactly_as_in_the_content(demo_ws, content):
    ws = demo_ws
    stored_agencies = {a["name"]: a for a in agencies.list_agencies(ws)}
    names_by_ref = {}
    for entry in content["agencies"]:
        names_by_ref[entry["ref"]] = entry["name"]
        row = stored_agencies[entry["name"]]
        for key, value in entry.items():
            if key != "ref":
                assert row[key] == value, (entry["name"], key)

    stored_contacts = _rows(
        ws,
        "SELECT c.*, coalesce(a.name, '') AS agency_name FROM point_of_contact c "
        "LEFT JOIN agency a ON a.id = c.agency_id",
    )
    by_name = {c["name"]: c for c in stored_contacts}
    assert len(by_name) == len(content["contacts"])
    for entry in content["contacts"]:
        row = by_name[entry["name"]]
        assert row["agency_name"] == (names_by_ref[entry["agency"]] if entry.get("agency") else "")
        for key, value in entry.items():
            if key != "agency":
                assert row[key] == value, (entry["name"], key)

    stored_laws = {law["title_original"]: law for law in _rows(ws, "SELECT * FROM legal_instrument")}
    titles_by_ref = {}
    for entry in content["laws"]:
        titles_by_ref[entry["ref"]] = entry["title_original"]
        for key, value in entry.items():
            if key != "ref":
                assert stored_laws[entry["title_original"]][key] == value, (entry["ref"], key)

    for entry in content["answers"]:
        answer = matrix.get_answer(ws, entry["field"])
        for key, value in entry.items():
            if key in ("field", "citations", "agency"):
                continue
            assert answer[key] == value, (entry["field"], key)
        assert [(c["title_original"], c["article"]) for c in answer["citations"]] == [
            (titles_by_ref[c["law"]], c["article"]) for c in entry["citations"]
        ]


def _all_text(ws) -> list[str]:
    texts = []
    for table in ("agency", "point_of_contact", "legal_instrument", "matrix_answer", "state_profile"):
        for row in _rows(ws, f"SELECT * FROM {table}"):
            texts.extend(v for v in row.values() if isinstance(v, str))
    return texts


def test_hard_cases_are_present_and_stored_verbatim(demo_ws, content):
    remarks = [a["remarks"] for a in content["answers"]]
    stored = {r["field_key"]: r["remarks"] for r in _rows(demo_ws, "SELECT field_key, remarks FROM matrix_answer")}
    expected = {a["field"]: a["remarks"] for a in content["answers"]}
    assert stored == expected

    for prefix in ("=", "+", "@"):
        assert any(r.startswith(prefix) for r in stored.values()), f"no remark starting with {prefix!r}"
    assert any("<" in r and "&" in r for r in stored.values())
    assert max(len(r) for r in stored.values()) >= 5000
    assert max(len(r) for r in remarks) == max(len(r) for r in stored.values())

    texts = _all_text(demo_ws)
    for name, pattern in (("Arabic", ARABIC), ("Chinese", CHINESE), ("Russian", CYRILLIC), ("emoji", EMOJI)):
        assert any(pattern.search(t) for t in texts), f"no {name} text in the training State"


def test_demo_twice_resets_without_duplicates(tmp_path, demo_db):
    path = _copy(demo_db, tmp_path / "training.sqlite3")
    original = _dump(path)
    with Workspace.open(path) as ws:
        agencies.create_agency(ws, {"name": "Added during the workshop"})
        matrix.set_answer(ws, "OP1.npt", {"value": "?", "remarks": "changed by a trainee"})
        state_profile.save_profile(ws, {"focal_point_name": "Trainee"})

    counts = build_demo(path)
    again = build_demo(path)
    assert counts == again

    after = _dump(path)
    for table in DATA_TABLES:
        assert len(after[table]) == len(original[table]), table
    with Workspace.open(path) as ws:
        names = [a["name"] for a in agencies.list_agencies(ws)]
        assert len(names) == len(set(names))
        assert "Added during the workshop" not in names
        assert matrix.get_answer(ws, "OP1.npt")["remarks"] != "changed by a trainee"
        assert state_profile.get_profile(ws)["focal_point_name"] != "Trainee"
        # The audit log starts over with the fresh content: no trace of the previous run's edits.
        summaries = [r[0] for r in ws.db.execute("SELECT summary FROM audit_log").fetchall()]
        assert "Added during the workshop" not in summaries
    assert check_report(path).problems == []


def test_demo_refuses_to_overwrite_a_real_state(workspace, db_path):
    state_profile.save_profile(workspace, {"state_code": "KEN", "focal_point_name": "Wanjiru Kamau"})
    agencies.create_agency(workspace, {"name": "Kenya Revenue Authority"})
    matrix.set_answer(workspace, "OP1.npt", {"value": "X", "remarks": "acceded 1970"})
    workspace.close()
    before = _dump(db_path)

    with pytest.raises(UserError, match="Kenya"):
        build_demo(db_path)

    assert _dump(db_path) == before
    with Workspace.open(db_path) as ws:
        assert state_profile.get_profile(ws)["state_code"] == "KEN"
        assert [a["name"] for a in agencies.list_agencies(ws)] == ["Kenya Revenue Authority"]


def test_demo_refuses_a_training_file_that_became_a_real_state(tmp_path, demo_db):
    """A focal point who practised on the training file and then set their real State there must
    not lose that State's data to a later `demo` run."""
    path = _copy(demo_db, tmp_path / "training.sqlite3")
    with Workspace.open(path) as ws:
        state_profile.save_profile(ws, {"state_code": "FRA", "focal_point_name": "Jeanne Martin"})
        assert state_profile.get_profile(ws)["is_training"] == 0
        agencies.create_agency(ws, {"name": "Real agency of France"})
    before = _dump(path)

    with pytest.raises(
        UserError,
        match=r"holds the data of France; the training State is only created in a new file "
        r"or over another training database\.",
    ):
        build_demo(path)

    assert _dump(path) == before
    with Workspace.open(path) as ws:
        assert state_profile.get_profile(ws)["state_code"] == "FRA"
        assert "Real agency of France" in [a["name"] for a in agencies.list_agencies(ws)]


def test_demo_in_a_new_file(tmp_path):
    path = tmp_path / "new" / "training.sqlite3"
    counts = build_demo(path)
    assert counts["laws"] == 15
    assert check_report(path).problems == []


def test_demo_refuses_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database\n", encoding="utf-8")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseError, match=r"notes\.sqlite3 is not a database of this application"):
        build_demo(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_training_state_has_a_realistic_action_plan(demo_db):
    from app import action_plan

    with Workspace.open(demo_db) as ws:
        plan = action_plan.working_plan(ws)
        actions = action_plan.list_actions(ws, today="2026-11-23")
        assert plan["title"].startswith("Plan d'action national") and plan["submitted_on"] == "2024-06-15"
        assert len(actions) == 20 and len(action_plan.list_priorities(ws)) == 5
        assert {a["status"] for a in actions} == {"planned", "in_progress", "done", "delayed", "cancelled"}
        assert sum(a["overdue"] for a in actions) >= 2 and sum(a["assistance_needed"] for a in actions) >= 3
        linked = [key for a in actions for key in action_plan.get_action(ws, a["id"])["fields"]]
        values = {key: matrix.get_answer(ws, key)["value"] for key in linked}
        assert linked and sum(v in ("", "?") for v in values.values()) / len(values) >= 0.7, "actions close gaps"


def test_training_state_has_three_requests_at_different_stages(demo_ws):
    from app import assistance

    requests = assistance.list_requests(demo_ws, today="2026-11-23")
    assert [r["status"] for r in requests] == ["matched", "circulated", "draft"]
    matched, circulated, draft = requests
    assert matched["offer_count"] == 1 and matched["follow_up_on"] == "2026-12-01" and not matched["follow_up_due"]
    assert circulated["follow_up_due"] and circulated["note_verbale_reference"] == "NV/MP-EX/1540/2025/061"
    # Sent requests passed the completeness check; the draft shows what is still to be written.
    assert matched["gaps"] == circulated["gaps"] == 0
    gaps = {g.field for g in assistance.request_gaps(demo_ws, draft["id"])}
    assert {"current_situation", "objectives", "assistance_received", "consent_to_publication"} <= gaps
    assert all(r["action_id"] and r["beneficiaries"] for r in requests)
    offers = assistance.offers_for_request(demo_ws, circulated["id"])
    assert offers[0]["provider_name"].startswith("Agence internationale") and offers[0]["score"] > 0
    assert len(assistance.list_providers(demo_ws)) == 5 and len(assistance.list_offers(demo_ws)) == 5
