"""Help that works offline: every topic in the six languages with the same structure, F1 in each view (and in
a record form) opens its topic in the interface language, the keyboard-shortcut sheet is read from the
window's actions, and the help window fits 1280×720 and reads right to left in Arabic."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui import help as ui_help
from ui.help import LANGUAGES, TOPICS, VIEW_TOPICS, HelpWindow, ShortcutSheet, topic_file
from ui.i18n import install_language
from ui.main_window import NAVIGATION, MainWindow

HEADING = re.compile(r"^(#{1,6})\s", re.MULTILINE)
LINK = re.compile(r"\]\(([^)]+)\)")


def _structure(text: str) -> tuple[list[int], list[str]]:
    return [len(h) for h in HEADING.findall(text)], LINK.findall(text)


def _first_heading(lang: str, topic: str) -> str:
    text = topic_file(lang, topic).read_text(encoding="utf-8")
    return re.search(r"^# (.+)$", text, re.MULTILINE).group(1).strip()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_topic_exists_in_each_language_with_the_english_headings_and_links(lang):
    for topic in TOPICS:
        path = topic_file(lang, topic)
        assert path.is_file(), f"{lang}/{topic}.md is missing"
        text = path.read_text(encoding="utf-8")
        english = topic_file("en", topic).read_text(encoding="utf-8")
        assert _structure(text) == _structure(english), f"{lang}/{topic}.md: headings or links differ from English"
        for target in LINK.findall(text):
            assert target.endswith(".md") and target[:-3] in TOPICS, f"{lang}/{topic}.md links to {target}"
        if lang != "en":
            assert text != english
            assert _first_heading(lang, topic) != _first_heading("en", topic), f"{lang}/{topic}.md is not translated"
    # every topic but the overview is reachable from the overview's list of parts or its text
    linked = set(LINK.findall(topic_file(lang, "overview").read_text(encoding="utf-8")))
    assert {f"{t}.md" for t in TOPICS} - {"overview.md"} <= linked


@pytest.mark.parametrize("lang", ["en", "ar", "ru", "zh"])
def test_f1_in_each_view_opens_its_topic_in_the_interface_language(qtbot, qapp, demo_session, lang):
    install_language(qapp, lang)
    try:
        window = MainWindow(demo_session, lang)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        for key in NAVIGATION:
            window.show_view(key)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            QTest.keyClick(window.navigation, Qt.Key.Key_F1)
            help_window = window.findChild(HelpWindow)
            assert help_window is not None and help_window.isVisible(), key
            assert help_window.browser.topic() == VIEW_TOPICS[key]
            shown = help_window.browser.toPlainText()
            assert shown.startswith(_first_heading(lang, VIEW_TOPICS[key])), (key, shown[:80])
            assert (help_window.windowTitle() == "Help") == (lang == "en")  # the window's title is translated too
            help_window.hide()
    finally:
        install_language(qapp, "en")


def test_help_for_this_view_is_in_the_help_menu_with_f1_and_about_stays(main_window):
    texts = {}
    for top in main_window.menuBar().actions():
        if top.menu() is not None:
            for action in top.menu().actions():
                texts[action.text()] = action
    assert "Help for this view" in texts and "&About / diagnostics" in texts and "&Keyboard shortcuts" in texts
    assert texts["Help for this view"].shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_the_help_window_follows_links_goes_back_and_forward_and_finds_text(qtbot, main_window):
    help_window = main_window.help.show_help("legislation")
    assert help_window.browser.topic() == "legislation"
    assert not help_window.back_button.isEnabled()
    # a link of the page ("[matrix](matrix.md)") opens the matrix topic
    help_window.browser.setSource(help_window.browser.source().resolved("matrix.md"))
    assert help_window.browser.topic() == "matrix"
    assert help_window.topics.currentItem().data(Qt.ItemDataRole.UserRole) == "matrix"
    assert help_window.back_button.isEnabled()
    help_window.back_button.click()
    assert help_window.browser.topic() == "legislation"
    help_window.forward_button.click()
    assert help_window.browser.topic() == "matrix"
    # choosing a topic in the list shows it
    help_window.topics.setCurrentRow(TOPICS.index("assistance"))
    assert help_window.browser.topic() == "assistance"
    assert "five working days" in help_window.browser.toPlainText()
    # the find box selects the word in the page, and says when it is not there
    help_window.find_field.setText("Permanent Mission")
    QTest.keyClick(help_window.find_field, Qt.Key.Key_Return)
    assert help_window.browser.textCursor().selectedText() == "Permanent Mission"
    assert not help_window.find("zzzz-not-in-the-page")


def test_a_page_missing_in_a_language_is_shown_in_english_with_a_note(qtbot, qapp, tmp_path, monkeypatch):
    shutil.copytree(ui_help.HELP_DIR, tmp_path / "help")
    (tmp_path / "help" / "fr" / "workbooks.md").unlink()
    monkeypatch.setattr(ui_help, "HELP_DIR", tmp_path / "help")
    window = HelpWindow("fr")
    qtbot.addWidget(window)
    window.show_topic("workbooks")
    text = window.browser.toPlainText()
    assert "Agency workbooks" in text and "shown in English" in text
    window.show_topic("matrix")
    assert "La matrice de mise en œuvre" in window.browser.toPlainText()
    assert "shown in English" not in window.browser.toPlainText()


def test_f1_in_a_record_form_opens_the_help_of_its_records(qtbot, main_window):
    from ui.dialogs.record_form import FormField, RecordFormDialog

    view = main_window.show_view("legislation")
    dialog = RecordFormDialog(
        main_window.session, "New law", [FormField("title_original", "Title")], {}, "legal_instrument:new",
        lambda values: None, view,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.widgets["title_original"].setFocus()
    qtbot.waitUntil(lambda: bool(dialog.property("helpReady")))
    QTest.keyClick(dialog.widgets["title_original"], Qt.Key.Key_F1)
    help_window = dialog.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    assert help_window.browser.topic() == "legislation"
    assert dialog.isVisible()  # the form stays open, with what was typed


def _menu_shortcuts(window) -> list[tuple[str, str]]:
    found = []
    for top in window.menuBar().actions():
        for action in top.menu().actions() if top.menu() else []:
            for key in action.shortcuts():
                if key[0].key().value < Qt.Key.Key_Help.value:
                    found.append((action.text(), key.toString(QKeySequence.SequenceFormat.NativeText)))
    return found


def test_the_shortcut_sheet_lists_every_menu_shortcut_and_the_matrix_keys(qtbot, main_window):
    sheet = main_window.help.show_shortcuts()
    text = sheet.text()
    shortcuts = _menu_shortcuts(main_window)
    assert len(shortcuts) >= 12  # File, Edit, Go and Help
    for action_text, keys in shortcuts:
        line = next((line for line in text.splitlines() if line.endswith("\t" + ui_help.plain(action_text))), "")
        assert keys in line, f"{action_text} ({keys}) is not on the sheet"
    assert "Ctrl+Z" in text and "Ctrl+Shift+Z" in text and "F1" in text and "Ctrl+1" in text
    assert ("Ctrl+F" in text) == any(keys == "Ctrl+F" for _a, keys in shortcuts)
    for keys in ("X\t", "?\t", "N\t", "Del", "Ctrl+PgDown\t", "Ctrl+PgUp\t", "Ctrl+Return\t", "Return\t"):
        assert keys in text, keys
    # what a user reads: the matrix keys under the matrix's name, each with what it does
    assert "Implementation matrix\nX\tSet the selected cells to X" in text
    sheet.copy()
    assert QGuiApplication.clipboard().text() == text
    assert sheet.width() <= 1280 and sheet.height() <= 660


def test_a_command_added_to_a_menu_later_appears_on_the_sheet_by_itself(main_window):
    edit_menu = main_window.edit_menu
    action = QAction("Search everything…", main_window)
    action.setShortcut(QKeySequence("Ctrl+F"))
    edit_menu.addAction(action)
    text = main_window.help.show_shortcuts().text()
    assert "Ctrl+F\tSearch everything…" in text


def test_the_keys_the_sheet_names_for_the_matrix_and_lists_do_what_it_says(qtbot, main_window):
    matrix = main_window.show_view("matrix")
    matrix.table.setFocus()
    matrix.table.setCurrentIndex(matrix.model.index(0, matrix.model.columnCount() - 1))
    section = matrix.tabs.currentIndex()
    QTest.keyClick(matrix.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert matrix.tabs.currentIndex() == section + 1
    QTest.keyClick(matrix.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert matrix.tabs.currentIndex() == section
    assert matrix.detail.apply_button.shortcut() == QKeySequence("Ctrl+Return")
    laws = main_window.show_view("legislation")
    keys = {s.key().toString() for s in laws.findChildren(QShortcut)}
    assert {"Return", "Del"} <= keys


@pytest.mark.parametrize("lang", [*LANGUAGES, "long"])
def test_the_help_window_and_the_sheet_fit_1280_by_720(qtbot, qapp, demo_session, monkeypatch, lang):
    if lang == "long":  # UN1540_PSEUDO=long: every string of the interface 40 % longer
        monkeypatch.setenv("UN1540_PSEUDO", "long")
    install_language(qapp, "en" if lang == "long" else lang)
    try:
        window = MainWindow(demo_session, "en" if lang == "long" else lang)
        qtbot.addWidget(window)
        help_window = window.help.show_help("assistance")
        sheet = window.help.show_shortcuts()
        for widget in (help_window, sheet):
            hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
            assert hint.width() <= 1280 and hint.height() <= 660, (type(widget).__name__, hint)
            assert widget.width() <= 1280 and widget.height() <= 660
        assert not help_window.isModal() and not sheet.isModal()
        assert isinstance(sheet, ShortcutSheet)
    finally:
        monkeypatch.delenv("UN1540_PSEUDO", raising=False)
        install_language(qapp, "en")


def test_arabic_help_reads_right_to_left(qtbot, qapp, demo_session):
    install_language(qapp, "ar")
    try:
        window = MainWindow(demo_session, "ar")
        qtbot.addWidget(window)
        help_window = window.help.show_help("matrix")
        assert help_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        block = help_window.browser.document().firstBlock()
        assert block.text() == "مصفوفة التنفيذ"
        assert block.textDirection() == Qt.LayoutDirection.RightToLeft
        # a paragraph that starts with a code in Latin letters ("**X**: …") reads right to left too
        while block.isValid() and not block.text().startswith("X"):
            block = block.next()
        assert block.isValid() and block.textDirection() == Qt.LayoutDirection.RightToLeft
        assert help_window.topics.item(0).text() == _first_heading("ar", "overview")
    finally:
        install_language(qapp, "en")
    QApplication.processEvents()
