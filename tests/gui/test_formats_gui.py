# ruff: noqa: RUF001  (Cyrillic, Arabic and Arabic-Indic digits are what these tests are about)
"""The interface writes dates, numbers and percentages as the exported documents do, in each language."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from app import formats, preferences
from app.exports.service import export_document
from ui.formats import set_date_format, set_default_locale
from ui.i18n import install_language


@pytest.fixture
def in_language(qapp):
    """Switch the interface to a language (and digits) for one test; English and Latin digits afterwards."""

    def switch(lang: str, digits: str = formats.LATIN) -> None:
        formats.use_digits(digits)
        install_language(qapp, lang)
        set_default_locale(lang)

    yield switch
    formats.use_digits(formats.LATIN)
    install_language(qapp, "en")


def _workbook_text(path: Path, lang: str = "en") -> set[str]:
    """Every cell's text; a date cell (the plan's dates are typed) as the language writes that date."""
    book = load_workbook(path, read_only=True)
    return {
        formats.date_text(v.date().isoformat(), lang) if isinstance(v, datetime) else str(v)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for v in row
        if v
    }


def _action_rows(view) -> list[list[str]]:
    model, rows = view.model, []
    for p in range(model.rowCount()):
        parent = model.index(p, 0)
        for r in range(model.rowCount(parent)):
            rows.append([model.index(r, c, parent).data() or "" for c in range(model.columnCount())])
    return rows


@pytest.mark.parametrize(
    ("lang", "digits", "due_words"),
    [("ru", formats.LATIN, "года"), ("ar", formats.ARABIC_INDIC, "٢٠")],
)
def test_the_action_plan_shows_the_dates_and_progress_the_exported_plan_prints(
    qtbot, demo_session, in_language, tmp_path, lang, digits, due_words
):
    from ui.views.action_plan import ActionPlanView

    in_language(lang, digits)
    view = ActionPlanView(demo_session, lang)
    qtbot.addWidget(view)
    rows = [row for row in _action_rows(view) if row[3]]
    assert rows, "the training plan has dated actions"
    assert all(due_words in row[3] and "-" not in row[3] for row in rows), rows[:2]
    exported = _workbook_text(
        export_document(demo_session.workspace, "nap", "xlsx", lang, tmp_path / "p.xlsx").path, lang
    )
    assert {row[3] for row in rows} <= exported, "every due date reads as in the document"
    assert {row[2] for row in rows if row[2]} <= exported, "every start date reads as in the document"
    plan = view.plan()
    period = formats.date_text(plan["period_start"], lang)
    assert period in view.header.text() and any(period in cell for cell in exported)
    progress = [row[5] for row in rows]
    if lang == "ar":
        assert all(p.endswith("٪") and not any(c in p for c in "0123456789") for p in progress), progress
    else:
        assert all(p.endswith("\u00a0%") for p in progress), progress


def test_date_edits_show_the_date_in_the_language_s_words(qtbot):
    for lang in ("en", "fr", "es", "ru", "zh"):
        edit = set_date_format(QDateEdit(QDate(2019, 11, 5)), lang)
        qtbot.addWidget(edit)
        assert edit.text() == formats.date_text("2019-11-05", lang)
        assert edit.date().toString("yyyy-MM-dd") == "2019-11-05"  # what is stored stays ISO


def test_the_workbooks_table_shows_the_reply_date_the_workbook_asks_for(qtbot, demo_session, in_language, tmp_path):
    from app import agencies
    from app.interchange import agency_workbook as aw
    from ui.views.workbooks import WorkbooksView

    in_language("ru")
    ws = demo_session.workspace
    agency = agencies.list_agencies(ws)[0]
    out = tmp_path / "agency.xlsx"
    aw.export_agency_workbook(ws, agency["id"], aw.field_keys_for(ws, ["A"])[:3], out, lang="ru", due_on="2026-12-31")
    view = WorkbooksView(demo_session, "ru")
    qtbot.addWidget(view)
    sent, reply_by = view.model.index(0, 1).data(), view.model.index(0, 2).data()
    assert reply_by == "31 декабря 2026\u00a0года"
    assert sent.endswith("\u00a0года") and "-" not in sent  # the day it was written (the real clock's)
    assert reply_by in " ".join(_workbook_text(out)), "the agency reads the same date in its workbook"


def test_choosing_arabic_indic_digits_in_settings_rebuilds_the_window_and_is_remembered(
    qtbot, qapp, demo_db, tmp_path, in_language
):
    from ui.application import Controller

    prefs = preferences.load()
    prefs.language = "ar"
    preferences.save(prefs)
    db = shutil.copy(demo_db, tmp_path / "training.sqlite3")
    controller = Controller(qapp, Path(db), exit_when_ready=False)
    in_language("ar")
    try:
        assert controller.open_workspace()
        controller.show_window()
        qtbot.addWidget(controller.window)
        agencies = controller.window.views["overview"].figures["agencies"].text()
        assert agencies.isdigit() and agencies.isascii(), "Latin digits by default, as the UN writes Arabic"
        settings = controller.window.show_view("settings")
        settings.digits_combo.setCurrentIndex(settings.digits_combo.findData(formats.ARABIC_INDIC))
        window = controller.window
        qtbot.addWidget(window)
        assert window.stack.currentWidget() is window.views["settings"], "the user stays where they were"
        figure = window.views["overview"].figures["agencies"].text()
        assert figure == agencies.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        assert preferences.load().digits == formats.ARABIC_INDIC
        assert window.views["settings"].digits_combo.currentData() == formats.ARABIC_INDIC
    finally:
        controller.close()


@pytest.mark.parametrize(
    ("lang", "written"), [("ru", "5 ноября 2019\u00a0года"), ("zh", "2019年11月5日"), ("es", "5 de noviembre de 2019")]
)
def test_a_date_typed_in_a_form_is_read_back_in_the_language_s_one_date_format(
    qtbot, demo_session, in_language, lang, written
):
    from ui.dialogs.forms import action_fields
    from ui.dialogs.record_form import RecordFormDialog

    in_language(lang)
    dialog = RecordFormDialog(
        demo_session, "action", action_fields(demo_session, lang), {}, "action:test", lambda v: None
    )
    qtbot.addWidget(dialog)
    due = dialog.widgets["due_date"]
    shown = due.property("written")
    due.setText("2019-11-05")
    assert shown.text() == written
    assert dialog.values()["due_date"] == "2019-11-05", "stored as typed, ISO"
    due.setText("2019-13-45")
    assert shown.text() == "", "not a date: nothing written beside it (the form says why when saving)"
