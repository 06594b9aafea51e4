"""Charts people can read: the timeline's legend, numbers, month names, tooltips and "Today" label; the heat map's
axes and legend; categories that stay apart in greyscale (colour is never the only signal)."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent, QImage
from PySide6.QtWidgets import QToolTip

from app import action_plan
from ui import labels
from ui.i18n import install_language
from ui.widgets.chart_style import STATUS_LOOKS, VALUE_LOOKS, ChartLegend
from ui.widgets.timeline import Timeline, TimelinePanel, plan_numbers


def _action(id_, title, start, due, status="in_progress", overdue=False, agency="Customs", priority_id=1):
    return {
        "id": id_,
        "title": title,
        "start_date": start,
        "due_date": due,
        "status": status,
        "overdue": overdue,
        "progress": 0,
        "priority": "Borders",
        "priority_id": priority_id,
        "lead_agency": agency,
        "lead_acronym": "",
        "is_proposal": False,
    }


ACTIONS = [
    _action(11, "Draft the brokering bill", "2025-01-10", "2025-11-30", "planned"),
    _action(12, "Train customs officers", "2025-02-01", "2025-09-30", "in_progress"),
    _action(13, "Adopt the control list", "2025-03-01", "2025-06-30", "done"),
    _action(14, "Equip the port", "2025-01-15", "2025-08-31", "delayed"),
    _action(15, "Update the decree", "2025-02-15", "2025-05-31", "in_progress", overdue=True),
]


def _timeline(qtbot, width=1100, today="2025-07-01", actions=ACTIONS, rtl=False) -> Timeline:
    timeline = Timeline()
    qtbot.addWidget(timeline)
    if rtl:
        timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    timeline.set_actions(actions, "priority", today=today, numbers={a["id"]: n for n, a in enumerate(actions, 1)})
    timeline.resize(width, timeline.sizeHint().height())
    return timeline


# -- greyscale -----------------------------------------------------------------------------------------------------
def _patch(image: QImage, rect) -> list[list[int]]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [
        [grey.pixelColor(x, y).red() for x in range(rect.left(), rect.right() + 1)]
        for y in range(rect.top(), rect.bottom() + 1)
    ]


def _apart(a: list[list[int]], b: list[list[int]]) -> bool:
    """Two greyscale patches a reader tells apart: clearly different lightness, or a different pattern (each
    patch thresholded at its own mean: its lines and fills in different places)."""
    flat_a, flat_b = [p for row in a for p in row], [p for row in b for p in row]
    mean_a, mean_b = sum(flat_a) / len(flat_a), sum(flat_b) / len(flat_b)
    if abs(mean_a - mean_b) >= 60:
        return True
    mask_a = [p > mean_a + 8 for p in flat_a]
    mask_b = [p > mean_b + 8 for p in flat_b]
    differing = sum(x != y for x, y in zip(mask_a, mask_b, strict=True))
    return differing / len(mask_a) >= 0.10


def test_timeline_legend_names_each_status_and_overdue(qtbot, english):
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    assert panel.legend.texts() == ["Planned", "In progress", "Done", "Delayed", "Overdue (!)"]
    looks = [swatch.look for swatch, _label in panel.legend.entries]
    assert looks == [STATUS_LOOKS[s] for s in ("planned", "in_progress", "done", "delayed", "overdue")]
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    patches = [
        _patch(swatch.grab().toImage(), swatch.rect().adjusted(0, 1, 0, -1)) for swatch, _ in panel.legend.entries
    ]
    for (i, a), (j, b) in combinations(enumerate(patches), 2):
        assert _apart(a, b), f"legend swatches {i} and {j} look alike in greyscale"


def test_timeline_bars_stay_apart_in_greyscale(qtbot, english):
    timeline = _timeline(qtbot)
    image = timeline.grab().toImage()
    patches = {}
    for rect, action in timeline.bars:
        key = "overdue" if action["overdue"] else action["status"]
        patches[key] = _patch(image, rect.adjusted(0, 0, -(rect.width() - 40), 0))  # the first 40 pixels of each
    assert set(patches) == {"planned", "in_progress", "done", "delayed", "overdue"}
    for a, b in combinations(patches, 2):
        assert _apart(patches[a], patches[b]), f"{a} and {b} bars look alike in greyscale"


def test_bars_carry_the_plans_numbers_and_a_tooltip(qtbot, english):
    timeline = _timeline(qtbot)
    assert [timeline.number_text(a) for _r, a in timeline.bars] == ["1", "2", "3", "4", "5"]
    overdue = next(a for _r, a in timeline.bars if a["id"] == 15)
    text = timeline.tooltip_text(overdue)
    assert text.splitlines() == [
        "Action 5: Update the decree",
        "From 15 February 2025 to 31 May 2025",
        "Status: In progress, overdue",
        "Lead agency: Customs",
    ]
    timeline.show()
    qtbot.waitExposed(timeline)
    rect = timeline.bars[1][0]
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), timeline.mapToGlobal(rect.center()))
    timeline.event(event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().startswith("Action 2: Train customs officers")
    QToolTip.hideText()


def test_plan_numbers_are_the_exported_plans(qtbot, demo_session):
    from ui.views.action_plan import ActionPlanView

    ws = demo_session.workspace
    actions = action_plan.list_actions(ws)
    numbers = plan_numbers(actions)
    plan_order = [a["id"] for a in actions if not a["is_proposal"] and a["priority_id"] is not None]
    plan_order += [a["id"] for a in actions if not a["is_proposal"] and a["priority_id"] is None]
    assert [numbers[i] for i in plan_order] == list(range(1, len(plan_order) + 1))
    view = ActionPlanView(demo_session, "en")
    qtbot.addWidget(view)
    assert view.timeline.numbers == numbers
    done = view.status_filter.findData("done")
    view.status_filter.setCurrentIndex(done)  # a filtered timeline keeps each action's number
    shown = {a["id"] for _r, a in view.timeline.bars}
    assert shown and all(view.timeline.number_text(a) == str(numbers[a["id"]]) for _r, a in view.timeline.bars)


@pytest.mark.parametrize(
    ("lang", "april", "english_april"),
    [("fr", "avr.", "Apr"), ("ru", "апр.", "Apr"), ("ar", "أبريل", "Apr")],
)
def test_month_names_in_the_interface_language(qtbot, qapp, lang, april, english_april):
    install_language(qapp, lang)
    try:
        timeline = _timeline(qtbot, width=1400, rtl=lang == "ar")
        months = [text for _rect, text in timeline.axis_labels()["months"]]
        assert april in months
        assert english_april not in months
        years = [text for _rect, text in timeline.axis_labels()["years"]]
        assert "2025" in years or "٢٠٢٥" in years
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize("rtl", [False, True])
@pytest.mark.parametrize("width", [520, 800, 1100, 1600])
@pytest.mark.parametrize("today", ["2024-12-28", "2025-01-01", "2025-01-03", "2025-07-01", "2025-12-20", "2026-01-02"])
def test_today_label_never_overlaps_the_years(qtbot, english, rtl, width, today):
    timeline = _timeline(qtbot, width=width, today=today, rtl=rtl)
    axis = timeline.axis_labels()
    assert axis["years"], "the years are labelled"
    for rect, text in axis["years"]:
        assert not rect.intersects(axis["today"]), f"'Today' covers the year {text}"
    for rect, text in axis["months"]:
        assert not rect.intersects(axis["today"]), f"'Today' covers the month {text}"
    assert axis["today"].left() >= 0 and axis["today"].right() < width, "'Today' is inside the chart"


def test_keyboard_reaches_the_bars_and_selects_the_action(qtbot, english):
    timeline = _timeline(qtbot)
    timeline.show()
    qtbot.waitExposed(timeline)
    timeline.setFocus()
    with qtbot.waitSignal(timeline.action_clicked) as clicked:
        qtbot.keyClick(timeline, Qt.Key.Key_Down)
        qtbot.keyClick(timeline, Qt.Key.Key_Down)
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert clicked.args == [12]
    QToolTip.hideText()


# -- the heat map and the coverage bars ---------------------------------------------------------------------------
def test_heat_map_has_axes_and_a_legend(qtbot, demo_session):
    from ui.views.overview import OverviewView

    view = OverviewView(demo_session, "en")
    qtbot.addWidget(view)
    heat_map = view.heat_map
    assert [t for _r, t in heat_map.titles] == ["Section A", "Section B", "Section C", "Section D"]
    columns = [t for _r, t in heat_map.column_labels]
    assert columns == ["NW", "CW", "BW"] * 3, "each weapon heads its two columns in sections B-D"
    rows = [t for _r, t in heat_map.row_labels]
    assert rows[:3] == ["1", "2", "3"] and len(rows) == len(
        {(s["key"], r["number"]) for _q, s, r, _f in heat_map.squares}
    )
    legend = view.findChild(ChartLegend, "heatMapValues")
    assert legend is not None
    assert legend.texts() == [labels.value_meaning(v) for v in ("X", "?", "NA", "")]
    coverage_legend = view.findChildren(ChartLegend, "chartLegend")
    assert coverage_legend and coverage_legend[0].texts() == legend.texts(), "the coverage bars have the same legend"
    section, row, field = next((s, r, f) for _q, s, r, f in heat_map.squares if f["key"].endswith(".enforcement"))
    tip = heat_map.tooltip_text(section, row, field).splitlines()
    assert tip[0] == f"{section['key']}.{row['number']} {row['label']}"
    assert tip[1].endswith(" — enforcement") and "(" in tip[1], "the weapon and the column by name"
    assert tip[2] == labels.value_meaning(field["value"])


def test_heat_map_axes_in_french(qtbot, qapp, demo_session):
    from ui.views.overview import OverviewView

    install_language(qapp, "fr")
    try:
        view = OverviewView(demo_session, "fr")
        qtbot.addWidget(view)
        assert [t for _r, t in view.heat_map.column_labels][:3] == ["AN", "AC", "AB"]
    finally:
        install_language(qapp, "en")


def test_heat_map_values_stay_apart_in_greyscale(qtbot, demo_session):
    from ui.views.overview import OverviewView

    view = OverviewView(demo_session, "en")
    qtbot.addWidget(view)
    heat_map = view.heat_map
    heat_map.resize(heat_map.sizeHint())
    image = heat_map.grab().toImage()
    patches = {}
    for rect, _section, _row, field in heat_map.squares:
        patches.setdefault(field["value"], _patch(image, rect))
    assert set(patches) == {"X", "?", "NA", ""}, "the training State has each value"
    for a, b in combinations(patches, 2):
        assert _apart(patches[a], patches[b]), f"{a!r} and {b!r} squares look alike in greyscale"


def test_coverage_bar_values_stay_apart_in_greyscale(qtbot, english):
    from app.matrix import Coverage
    from ui.views.overview import CoverageBar

    bar = CoverageBar()
    qtbot.addWidget(bar)
    bar.resize(400, 18)
    bar.set_coverage(Coverage(total=4, x=1, unsure=1, na=1))  # a quarter each: X, ?, NA, blank
    image = bar.grab().toImage()
    patches = [_patch(image, QRect(100 * i + 20, 5, 60, 8)) for i in range(4)]  # inside each quarter
    for (i, a), (j, b) in combinations(enumerate(patches), 2):
        assert _apart(a, b), f"coverage segments {i} and {j} look alike in greyscale"


def test_value_and_status_looks_are_all_different():
    assert len(set(VALUE_LOOKS.values())) == len(VALUE_LOOKS)
    assert len(set(STATUS_LOOKS.values())) == len(STATUS_LOOKS)


def test_a_due_follow_up_is_marked_by_a_sign_not_only_in_red(demo_session):
    from ui.models.assistance_models import RequestTableModel

    model = RequestTableModel(demo_session)
    model.reload()
    column = next(i for i, c in enumerate(model.columns) if c.key == "follow_up_on")
    due = [r for r in range(model.rowCount()) if model.row_record(r)["follow_up_due"]]
    assert due, "the training State has a follow-up due"
    for row in range(model.rowCount()):
        text = model.data(model.index(row, column))
        assert text.startswith("⚠ ") == (row in due), text
