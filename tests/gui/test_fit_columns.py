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
