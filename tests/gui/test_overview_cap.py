"""The Overview's lists are capped, with "and N more" (issue 14: ten years of data)."""

from __future__ import annotations

from app import action_plan
from app.overview import DUE_ACTIONS, overview
from ui.i18n import install_language


def _late_actions(ws, count: int) -> None:
    for number in range(count):
        action_plan.create_action(ws, {"title": f"Late action {number:02d}", "due_date": f"2025-01-{number + 1:02d}"})


def test_the_overview_shows_ten_due_actions_and_counts_the_others(session, today):
    today("2026-03-10")
    _late_actions(session.workspace, DUE_ACTIONS + 4)
    data = overview(session.workspace)
    assert [a["title"] for a in data.due_actions] == [f"Late action {n:02d}" for n in range(DUE_ACTIONS)]
    assert data.more_due_actions == 4


def test_the_overview_view_says_how_many_more_in_english_and_french(qtbot, session, today, qapp):
    from ui.views.overview import OverviewView

    today("2026-03-10")
    _late_actions(session.workspace, DUE_ACTIONS + 1)
    view = OverviewView(session, "en")
    qtbot.addWidget(view)
    lines = view.due_actions.text().splitlines()
    assert len(lines) == DUE_ACTIONS + 1 and lines[-1] == "… and 1 more"
    _late_actions(session.workspace, 3)
    try:
        install_language(qapp, "fr")
        french = OverviewView(session, "fr")
        qtbot.addWidget(french)
        assert french.due_actions.text().splitlines()[-1] == "… et 4 autres"
    finally:
        install_language(qapp, "en")


def test_a_single_more_is_singular_in_french(qtbot, session, today, qapp):
    from ui.views.overview import OverviewView

    today("2026-03-10")
    _late_actions(session.workspace, DUE_ACTIONS + 1)
    try:
        install_language(qapp, "fr")
        view = OverviewView(session, "fr")
        qtbot.addWidget(view)
        assert view.due_actions.text().splitlines()[-1] == "… et 1 autre"
    finally:
        install_language(qapp, "en")
