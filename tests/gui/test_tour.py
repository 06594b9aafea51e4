"""The guided tour: shown once at the first start, skipped or dismissed with Esc, replayed from Help, and each of
its steps shows a view that exists."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from app import preferences, state_profile
from ui.main_window import NAVIGATION, MainWindow


def _help_action(window, text):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    return next(a for a in help_menu.actions() if a.text() == text)


def test_help_guided_tour_replays_it_from_the_first_step(qtbot, window):
    window.show_view("settings")
    _help_action(window, "&Guided tour").trigger()
    tour = window.tour
    assert tour.isVisible() and tour.counter.text() == "Step 1 of 7"
    assert tour.title.text() == "Overview" and window.stack.currentWidget() is window.views["overview"]
    assert tour.back_button.isEnabled() is False
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert tour.counter.text() == "Step 2 of 7" and window.stack.currentWidget() is window.views["matrix"]
    qtbot.mouseClick(tour.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.views["overview"]
    _help_action(window, "&Guided tour").trigger()  # again: one tour at a time, from the start
    assert window.tour is not tour and window.tour.isVisible() and not tour.isVisible()


def test_each_step_shows_a_view_that_exists_with_its_name_and_what_it_is_for(qtbot, window):
    tour = window.start_tour()
    seen = []
    for index, (key, text) in enumerate(tour.steps):
        assert key in NAVIGATION
        tour.go(index)
        assert window.stack.currentWidget() is window.views[key]
        assert tour.title.text() == window.navigation.item(NAVIGATION.index(key)).text()
        assert text and tour.text.text() == text
        assert window.rect().contains(tour.geometry()), "the panel stays inside the window"
        outline = tour.outline.geometry()
        entry = window.navigation.visualItemRect(window.navigation.currentItem())
        assert outline.size() == entry.size(), "the step's navigation entry is outlined"
        seen.append(key)
    assert 5 <= len(seen) <= 8 and len(set(seen)) == len(seen)
    assert tour.next_button.text() == "Finish"
    qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert not tour.isVisible() and not tour.outline.isVisible()


def test_skip_and_escape_dismiss_the_tour(qtbot, window):
    tour = window.start_tour()
    qtbot.mouseClick(tour.skip_button, Qt.MouseButton.LeftButton)
    assert not tour.isVisible() and not tour.outline.isVisible()

    tour = window.start_tour()
    window.activateWindow()
    qtbot.waitUntil(lambda: tour.next_button.hasFocus() or window.isActiveWindow())
    tour.next_button.setFocus()
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Right)
    assert tour.counter.text() == "Step 2 of 7", "the keyboard moves on"
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Left)
    assert tour.counter.text() == "Step 1 of 7"
    qtbot.keyClick(tour.next_button, Qt.Key.Key_Escape)
    assert not tour.isVisible()


def test_the_tour_is_shown_once_at_the_first_start_and_remembered(qtbot, qapp, db_path):
    from ui.application import Controller

    controller = Controller(qapp, db_path, exit_when_ready=False)
    assert controller.open_workspace()
    controller.session.run(state_profile.save_profile, {"state_code": "AUT", "focal_point_name": "A. Person"})
    controller.show_window()
    qtbot.addWidget(controller.window)
    controller.show_tour_once()
    assert controller.window.tour.isVisible()
    assert preferences.load().tour_seen, "remembered in the preferences as soon as it shows"
    controller.window.tour.close()

    again = Controller(qapp, db_path, exit_when_ready=False)  # the next start
    assert again.open_workspace()
    again.show_window()
    qtbot.addWidget(again.window)
    again.show_tour_once()
    assert getattr(again.window, "tour", None) is None, "seen once: not shown again"
    controller.close()
    again.close()


def test_in_arabic_the_tour_sits_on_the_left_and_reads_right_to_left(qtbot, qapp, session):
    from ui.i18n import install_language

    install_language(qapp, "ar")
    try:
        window = MainWindow(session, "ar")
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        tour = window.start_tour()
        assert tour.isRightToLeft()
        assert tour.geometry().center().x() < window.width() / 2
        assert (
            tour.next_button.text() == "التالي"
            and tour.counter.text().replace("\u2068", "").replace("\u2069", "") == "الخطوة 1 من 7"
        )
        assert QRect(0, 0, 1280, 720).contains(tour.geometry())
    finally:
        install_language(qapp, "en")
