# ruff: noqa: RUF002  (the Russian examples are Cyrillic on purpose)
"""Long dates and statuses (Russian: "31 декабря 2025 года", "С задержкой — просрочено") do not squeeze the titles of
the action plan to a few letters on a 1280-pixel window: the title column keeps its room and the tree scrolls sideways."""

from __future__ import annotations

import pytest

from ui.i18n import install_language
from ui.main_window import MainWindow


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_action_titles_keep_their_room_in_a_1280_pixel_window(qtbot, qapp, demo_session, lang):
    install_language(qapp, lang)
    try:
        window = MainWindow(demo_session, lang)
        qtbot.addWidget(window)
        window.resize(1280, 660)
        window.show()
        view = window.show_view("action_plan")
        qtbot.waitUntil(lambda: view.tree.viewport().width() > 0)
        qtbot.wait(20)
        header = view.tree.header()
        assert header.sectionSize(0) >= 280, f"{lang}: the titles get {header.sectionSize(0)} px"
        others = sum(header.sectionSize(c) for c in range(1, header.count()))
        if others + 280 > view.tree.viewport().width():
            assert view.tree.horizontalScrollBar().maximum() > 0, "the columns cut on the right cannot be scrolled to"
        window.resize(1900, 900)  # room again: the titles take what the other columns leave
        qtbot.waitUntil(lambda: header.sectionSize(0) + others >= view.tree.viewport().width() - 2)
    finally:
        install_language(qapp, "en")


def test_the_matrix_search_shows_value_reason_and_laws_without_scrolling_sideways(qtbot, qapp, demo_session):
    from PySide6.QtCore import Qt

    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    window.resize(1280, 660)
    window.show()
    view = window.show_view("matrix")
    view.search_field.setText("customs")
    qtbot.waitUntil(lambda: view.results.isVisible() and view.results_model.rowCount() > 0)
    model, header = view.results_model, view.results.horizontalHeader()
    starts = {
        model.headerData(c, Qt.Orientation.Horizontal): header.sectionViewportPosition(c)
        for c in range(model.columnCount())
    }
    width = view.results.viewport().width()
    for title in ("Field", "Value", "Matched in", "Legal references"):
        assert 0 <= starts[title] < width - 60, f"{title} starts at {starts[title]} of {width} px"
    assert "NW" in model.index(0, 0).data() or "CW" in model.index(0, 0).data()  # the cell the field is, by name
