"""The first start asks the language first (preselected from the system), then the State and the focal point in
that language, offers the training State, and every later window follows the language chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton

from app import preferences, state_profile
from app.paths import config_dir, data_dir
from ui.application import TRAINING_FILE_NAME, Controller
from ui.dialogs import first_start
from ui.dialogs.first_start import system_language
from ui.i18n import install_language


@pytest.mark.parametrize(
    ("locale", "code"),
    [
        ("ar_EG", "ar"),
        ("zh_TW", "zh"),
        ("en_US", "en"),
        ("fr_CA", "fr"),
        ("ru_KZ", "ru"),
        ("es_CO", "es"),
        ("de_DE", "en"),
    ],
)
def test_the_language_proposed_is_the_systems_or_english(locale, code):
    assert system_language(QLocale(locale)) == code


@pytest.fixture
def controller(qapp, db_path, english, monkeypatch):
    monkeypatch.setattr(first_start, "system_language", lambda: "es")  # a computer set up in Spanish
    made = Controller(qapp, db_path, exit_when_ready=False)
    assert made.open_workspace()
    yield made
    made.close()
    install_language(qapp, "en")


def _visible_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget) and label.text()]


def test_the_first_page_asks_the_language_then_the_state_page_and_the_window_are_in_it(
    qtbot, qapp, controller, answer_dialog
):
    seen: dict = {}

    def first_start_dialog(dialog):
        QApplication.processEvents()
        names = [dialog.languages.item(row).text() for row in range(dialog.languages.count())]
        seen["names"] = names
        seen["proposed"] = dialog.languages.currentItem().text()
        dialog.languages.setCurrentRow(names.index("Français"))
        seen["title"] = dialog.windowTitle()
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        seen["state_page"] = _visible_texts(dialog.pages.currentWidget())
        QApplication.processEvents()
        box = dialog.pages.currentWidget().findChild(QDialogButtonBox)
        seen["cancel"] = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        seen["start"] = box.button(QDialogButtonBox.StandardButton.Ok).text()
        seen["states"] = [dialog.state_combo.itemText(i) for i in range(dialog.state_combo.count())]
        dialog.state_combo.setCurrentIndex(dialog.state_combo.findData("KEN"))
        dialog.focal_point.setText("Wanjiru Kamau")
        dialog.save()

    answer_dialog(first_start_dialog, "firstStartDialog")
    assert controller.ensure_profile(ask_language=True)
    assert seen["names"] == ["العربية", "中文", "English", "Français", "Русский", "Español"]
    assert seen["proposed"] == "Español", "the system's language is proposed"
    assert seen["title"] == "Bienvenue dans 1540 Focal Point", "the page follows the language chosen at once"
    assert "Point focal (votre nom)" in seen["state_page"], "the State page is built in French"
    assert "Allemagne" in seen["states"] and "Germany" not in seen["states"]
    assert seen["cancel"] == "Annuler", "Qt's own buttons too"
    assert seen["start"] == "Commencer", "and the button that starts keeps its name"
    assert state_profile.get_profile(controller.session.workspace)["state_code"] == "KEN"
    assert preferences.load().language == "fr", "the language chosen is remembered"
    controller.show_window()
    qtbot.addWidget(controller.window)
    assert controller.window.navigation.item(0).text() == "Vue d’ensemble", "and the window is in French"


def test_arabic_chosen_lays_out_the_state_page_right_to_left(qtbot, qapp, controller, answer_dialog):
    seen: dict = {}

    def choose_arabic(dialog):
        dialog.languages.setCurrentRow(0)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        seen["direction"] = dialog.pages.currentWidget().layoutDirection()
        seen["cancel"] = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).text()
        dialog.reject()

    answer_dialog(choose_arabic, "firstStartDialog")
    assert not controller.ensure_profile(ask_language=True)
    assert seen["direction"] == Qt.LayoutDirection.RightToLeft
    assert seen["cancel"] == QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


def test_the_training_state_can_be_explored_instead(qtbot, controller, answer_dialog, db_path):
    def explore(dialog):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.findChild(QPushButton, "tryTrainingState"), Qt.MouseButton.LeftButton)

    answer_dialog(explore, "firstStartDialog")
    assert controller.ensure_profile(ask_language=True)
    assert controller.session.workspace.path == data_dir() / TRAINING_FILE_NAME
    assert state_profile.get_profile(controller.session.workspace)["state_code"] == "XEX"
    assert controller.db_path != db_path


def test_with_lang_the_page_starts_on_it_and_nothing_is_saved(qtbot, qapp, db_path, english, answer_dialog):
    made = Controller(qapp, db_path, exit_when_ready=False, language="ru")
    try:
        assert made.open_workspace()
        seen = {}

        def look(dialog):
            seen["proposed"] = dialog.languages.currentItem().text()
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
            dialog.state_combo.setCurrentIndex(dialog.state_combo.findData("KEN"))
            dialog.save()

        answer_dialog(look, "firstStartDialog")
        assert made.ensure_profile(ask_language=True)
        assert seen["proposed"] == "Русский"
        assert not (config_dir() / preferences.FILE_NAME).exists()
    finally:
        made.close()
        install_language(qapp, "en")
