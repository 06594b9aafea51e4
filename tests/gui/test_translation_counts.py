"""Counts in every language (Qt's plural forms), and the translation said as it is: a working translation the
user can correct with a file of their own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app import LANGUAGES, formats
from ui.i18n import (
    PLURAL_FORM,
    PLURAL_FORMS_COUNT,
    bundled_ts,
    corrections_path,
    install_language,
    read_ts,
    translation_status,
)
from ui.views.matrix import MatrixView
from ui.views.settings import SettingsView

FOUND = ("MatrixView", "%n field(s) found", "")


def test_plural_rules_pick_the_form_a_reader_expects():
    russian = PLURAL_FORM["ru"]
    assert [russian(n) for n in (1, 21, 101)] == [0, 0, 0]  # 1 поле
    assert [russian(n) for n in (2, 3, 4, 22, 104)] == [1] * 5  # 2 поля
    assert [russian(n) for n in (0, 5, 11, 12, 14, 20, 111, 112)] == [2] * 8  # 5 полей, 11 полей
    arabic = PLURAL_FORM["ar"]
    assert [arabic(n) for n in (0, 1, 2, 3, 10, 103, 11, 99, 111, 100, 101, 102, 200)] == [
        0,
        1,
        2,
        3,
        3,
        3,
        4,
        4,
        4,
        5,
        5,
        5,
        5,
    ]
    assert [PLURAL_FORM["fr"](n) for n in (0, 1, 2)] == [0, 0, 1]
    assert [PLURAL_FORM["es"](n) for n in (0, 1, 2)] == [1, 0, 1]
    assert {PLURAL_FORM["zh"](n) for n in (0, 1, 2, 5, 100)} == {0}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_count_takes_the_form_of_its_number_in_every_language(qapp, lang):
    forms = read_ts(bundled_ts(lang) or "<TS/>").numerus.get(FOUND)
    assert forms and len(forms) == PLURAL_FORMS_COUNT[lang], f"{lang} has no plural forms for {FOUND[1]!r}"
    install_language(qapp, lang)
    try:
        shown = {n: QCoreApplication.translate(FOUND[0], FOUND[1], "", n) for n in (0, 1, 2, 3, 5, 11, 21, 100, 101)}
    finally:
        install_language(qapp, "en")
    for n, text in shown.items():
        assert text == forms[PLURAL_FORM[lang](n)].replace("%n", str(n)), (lang, n, text)
    if lang == "ru":
        assert len({shown[1].replace("1", "N"), shown[3].replace("3", "N"), shown[5].replace("5", "N")}) == 3
    if lang == "ar":
        assert len({t.replace(str(n), "N") for n, t in shown.items()}) >= 4


def test_the_matrix_search_says_one_field_or_two_fields_in_english(qtbot, demo_session):
    view = MatrixView(demo_session, "en")
    qtbot.addWidget(view)
    view.show()
    view.search_field.setText("zzzz-no-such-text")
    qtbot.waitUntil(lambda: view.results_label.isVisible(), timeout=30_000)
    assert view.results_label.text() == "0 fields found"
    shown: dict[int, str] = {}
    for n in (1, 2):
        view.results_model.rowCount = lambda *_, n=n: n  # what the label counts: the model's rows
        view.run_search()
        shown[n] = view.results_label.text()
    assert shown == {1: "1 field found", 2: "2 fields found"}


def test_settings_says_the_translation_is_a_working_one_and_how_much_it_covers(qtbot, qapp, demo_session):
    install_language(qapp, "fr")
    try:
        view = SettingsView(demo_session, "fr")
        qtbot.addWidget(view)
        status = translation_status("fr")
        assert status.complete and status.total > 900 and status.corrections == 0
        note = view.translation_note.text()
        assert "Traduction de travail" in note and formats.number(status.total, "fr") in note and "non révisée" in note
    finally:
        install_language(qapp, "en")
    english = SettingsView(demo_session, "en")
    qtbot.addWidget(english)
    assert english.translation_note.text() == "The interface is written in English."
    assert english.findChild(QPushButton, "correctTranslation") is None


def test_a_user_corrects_a_string_with_their_own_file_and_it_wins_over_the_shipped_one(
    qtbot, qapp, demo_session, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: shown.append(args[2]))
    monkeypatch.setattr("ui.views.settings.QDesktopServices.openUrl", lambda url: True)
    install_language(qapp, "fr")
    try:
        view = SettingsView(demo_session, "fr")
        qtbot.addWidget(view)
        qtbot.mouseClick(view.findChild(QPushButton, "correctTranslation"), Qt.MouseButton.LeftButton)
        path = corrections_path("fr")
        assert path.read_text(encoding="utf-8") == bundled_ts("fr"), "the file starts as the shipped translation"
        assert str(path) in shown[0]
        path.write_text(
            path.read_text(encoding="utf-8").replace(
                "<translation>Vue d’ensemble</translation>", "<translation>Tableau de bord</translation>"
            ),
            encoding="utf-8",
        )
        install_language(qapp, "fr")
        assert QCoreApplication.translate("MainWindow", "Overview") == "Tableau de bord"
        assert QCoreApplication.translate("MainWindow", "Settings") == "Paramètres", "the rest stays as shipped"
        assert translation_status("fr").corrections == 1
        again = SettingsView(demo_session, "fr")
        qtbot.addWidget(again)
        assert "1 correction de votre part" in again.translation_note.text()
    finally:
        install_language(qapp, "en")


def test_an_unreadable_corrections_file_is_set_aside_with_a_message(qtbot, qapp, demo_session):
    path = corrections_path("fr")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("<TS><context><name>MainWindow</name><message>", encoding="utf-8")  # cut off while saving
    install_language(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "Overview") == "Vue d’ensemble"
        view = SettingsView(demo_session, "fr")
        qtbot.addWidget(view)
        assert "n’a pas pu être lu" in view.translation_note.text()
    finally:
        install_language(qapp, "en")
    assert path.read_text(encoding="utf-8").startswith("<TS>"), "the user's file is left as it is"
