"""The figures on the Overview: the State at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app import action_plan, assistance, audit, clock, matrix, matrix_template, records, state_profile
from app.matrix import Coverage
from app.matrix_template import label_column
from app.workspace import Workspace

RECENT_CHANGES = 8
DUE_ACTIONS = 10
LIST_CAP = 10  # lines an Overview list shows; the rest is counted ("and N more")


@dataclass(frozen=True)
class SectionSummary:
    key: str
    label: str
    coverage: Coverage


@dataclass(frozen=True)
class Overview:
    profile: dict[str, Any] | None
    additional_reports: list[dict[str, Any]]
    agencies: int
    contacts: int
    laws: int
    template_version: str | None
    sections: list[SectionSummary]
    total: Coverage
    without_reference: int
    recent_changes: list[dict[str, Any]]
    weapons: dict[str, Coverage]
    last_report_date: str | None
    changed_since_last_report: int
    heat_map: list[dict[str, Any]]
    due_actions: list[dict[str, Any]]
    follow_ups: list[dict[str, Any]]  # assistance requests whose one-year follow-up is past or within 60 days
    awaited_workbooks: list[dict[str, Any]]  # workbooks sent to agencies and not back yet, the latest reply date first
    # How many more each capped list holds than it shows (at most LIST_CAP / DUE_ACTIONS lines are shown).
    more_due_actions: int = 0
    more_follow_ups: int = 0
    more_awaited_workbooks: int = 0
    more_additional_reports: int = 0


def _capped(rows: list[dict[str, Any]], cap: int) -> tuple[list[dict[str, Any]], int]:
    """The first `cap` rows, and how many more there are."""
    return rows[:cap], max(0, len(rows) - cap)


def awaited_workbooks(ws: Workspace, today: str | None = None) -> list[dict[str, Any]]:
    """Agency workbooks still awaited: agency, sent on, reply by, and whether the reply is overdue."""
    today = today or clock.today_iso()
    rows = records.rows(
        ws.db,
        "SELECT id, agency_name, substr(exported_at, 1, 10) AS sent_on, due_on FROM agency_workbook "
        "WHERE status = 'pending' ORDER BY coalesce(due_on, '9999-12-31'), exported_at",
    )
    for row in rows:
        row["overdue"] = bool(row["due_on"]) and row["due_on"] < today
    return rows


# What a State enters; while all of these are empty the database has nothing of the State's yet (app.overview.is_empty).
_ENTERED = (
    "matrix_answer",
    "matrix_citation",
    "legal_instrument",
    "agency",
    "point_of_contact",
    "plan_priority",
    "plan_action",
    "assistance_request",
    "agency_workbook",
    "submission",
)


def is_empty(ws: Workspace) -> bool:
    """True while nothing of the State has been entered: no matrix answer or legal reference, no law, agency,
    contact, plan priority or action, assistance request, agency workbook or submission (the State profile alone
    does not count: the first start asks it). The Overview then shows where to start instead of zeros."""
    return not any(ws.db.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0] for table in _ENTERED)


def section_labels(ws: Workspace, lang: str) -> dict[str, str]:
    """Section labels in `lang`, falling back to English where a translation is missing."""
    column = label_column(lang)
    rows = ws.db.execute(f"SELECT key, {column}, label_en FROM matrix_section ORDER BY ordinal").fetchall()
    return {key: (label or english) for key, label, english in rows}


def last_report_date(ws: Workspace) -> str | None:
    """The date of the latest report sent to the Committee: first report or additional information."""
    profile = state_profile.get_profile(ws) or {}
    reported = [profile.get("first_report_date")] + [
        r["submitted_on"] for r in state_profile.list_additional_reports(ws)
    ]
    dates: list[str] = [d for d in reported if d]
    return max(dates) if dates else None


def overview(ws: Workspace, lang: str = "en") -> Overview:
    """Everything the Overview shows, read in one go."""
    db = ws.db
    coverage = matrix.coverage_by_section(ws)
    last_report = last_report_date(ws)
    labels = section_labels(ws, lang)
    due, more_due = _capped(action_plan.upcoming_and_overdue(ws), DUE_ACTIONS)
    follow_ups, more_follow_ups = _capped(assistance.follow_ups(ws), LIST_CAP)
    awaited, more_awaited = _capped(awaited_workbooks(ws), LIST_CAP)
    reports = state_profile.list_additional_reports(ws)
    additional, more_reports = reports[-LIST_CAP:], max(0, len(reports) - LIST_CAP)  # the latest ones
    return Overview(
        profile=state_profile.get_profile(ws),
        additional_reports=additional,
        agencies=db.execute("SELECT count(*) FROM agency").fetchone()[0],
        contacts=db.execute("SELECT count(*) FROM point_of_contact").fetchone()[0],
        laws=db.execute("SELECT count(*) FROM legal_instrument").fetchone()[0],
        template_version=matrix_template.current_version(ws),
        sections=[SectionSummary(key, labels.get(key, key), coverage[key]) for key in labels if key in coverage],
        total=coverage["*"],
        without_reference=matrix.fields_without_reference(ws),
        recent_changes=audit.history(db, limit=RECENT_CHANGES),
        weapons=matrix.coverage_by_weapon(ws),
        last_report_date=last_report,
        changed_since_last_report=matrix.fields_changed_since(ws, last_report) if last_report else 0,
        heat_map=[{"section": s, "rows": matrix.section_grid(ws, s["key"], lang)} for s in matrix.sections(ws, lang)],
        due_actions=due,
        follow_ups=follow_ups,
        awaited_workbooks=awaited,
        more_due_actions=more_due,
        more_follow_ups=more_follow_ups,
        more_awaited_workbooks=more_awaited,
        more_additional_reports=more_reports,
    )
