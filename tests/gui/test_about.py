"""Help › About: the build (date in the user's language, short commit, or "development copy"), the data, settings
and fonts folders with a way to open them, and the third-party licences on their own tab."""

from __future__ import annotations

import json

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from app import build_info, paths
from app.exports.fonts import user_fonts_dir
from ui.dialogs.about import AboutDialog
from ui.i18n import LRI, PDI, install_language

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def _about(qtbot, session, lang: str = "en") -> AboutDialog:
    dialog = AboutDialog(session.workspace, lang, "1540 Focal Point", None)
    qtbot.addWidget(dialog)
    return dialog


def test_about_shows_the_build_and_the_folders_and_copies_them(qtbot, session, build_file, monkeypatch, tmp_path):
    build_file(None)
    monkeypatch.setattr(build_info, "_SOURCE_ROOT", tmp_path)  # not a checkout: no commit to show
    dialog = _about(qtbot, session)
    shown = dialog.details.toPlainText()
    assert "Build: development copy\n" in dialog.plain_details
    assert f"Data folder: {paths.data_dir()}" in dialog.plain_details
    assert f"Settings folder: {paths.config_dir()}" in dialog.plain_details
    assert f"Folder for extra fonts: {user_fonts_dir()}" in dialog.plain_details
    assert str(paths.data_dir()).startswith(str(tmp_path))  # the test's own folders, as the conftest set them
    assert f"Data folder: {LRI}{paths.data_dir()}{PDI}" in shown  # a path is left to right in every language
    dialog.copy_button.click()
    assert f"Settings folder: {paths.config_dir()}" in QApplication.clipboard().text()


def test_a_bundles_build_date_is_written_in_the_users_language_with_its_short_commit(qtbot, qapp, session, build_file):
    build_file(json.dumps({"version": "0.1.0", "commit": COMMIT, "date": "2026-12-07T01:30:00Z"}))
    assert "Build: 7 December 2026, commit 0123456\n" in _about(qtbot, session).plain_details
    install_language(qapp, "fr")
    try:
        assert "Compilation: 7 décembre 2026, révision 0123456" in _about(qtbot, session, "fr").plain_details
    finally:
        install_language(qapp, "en")


def test_a_damaged_build_file_shows_unknown_and_the_dialog_still_opens(qtbot, session, build_file):
    build_file("{damaged")
    dialog = _about(qtbot, session)
    assert "Build: unknown\n" in dialog.plain_details
    assert "Version: 1540 Focal Point 0.1.0" in dialog.plain_details


def test_the_licences_tab_shows_the_third_party_list_and_each_licence_text(qtbot, session):
    dialog = _about(qtbot, session)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["About", "Third-party licences"]
    text = dialog.licence_text
    assert text.isReadOnly() and dialog.licence_choice.currentText() == "Components and their licences"
    assert "FiraGO" in text.toPlainText() and "LGPL" in text.toPlainText() and "WenQuanYi" in text.toPlainText()
    dialog.licence_choice.setCurrentIndex(dialog.licence_choice.findText("LGPL-3.0.txt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text.toPlainText()
    text.selectAll()
    text.copy()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in QApplication.clipboard().text()


def test_the_folder_buttons_open_the_folders_and_make_the_fonts_folder(qtbot, session, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _about(qtbot, session)
    assert not user_fonts_dir().exists()
    for key in ("data", "settings", "fonts"):
        dialog.folder_buttons[key].click()
    assert [url.toLocalFile() for url in opened] == [
        str(paths.data_dir()),
        str(paths.config_dir()),
        str(user_fonts_dir()),
    ]
    assert user_fonts_dir().is_dir()


def test_the_about_dialog_in_arabic_keeps_the_licence_text_left_to_right(qtbot, qapp, session):
    from PySide6.QtCore import Qt

    install_language(qapp, "ar")
    try:
        dialog = _about(qtbot, session, "ar")
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.licence_text.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert f"{LRI}{paths.config_dir()}{PDI}" in dialog.details.toPlainText()
    finally:
        install_language(qapp, "en")
