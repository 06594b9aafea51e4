"""What the screen says is the user's language, not the program's: no internal names (record keys, states,
column names, "None"), no storage details (schema version, journal mode: Help › About / diagnostics has them),
dates written out ("5 November 2019") everywhere but in the fields where a date is typed.

Every view of the main window, on the training State, in English; the texts are read from the widgets as the
user sees them (tests/gui/test_visible_language.py)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.test_visible_language import _data_strings, visible_texts
from tests.gui.windows import active_window
from ui.main_window import NAVIGATION

SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")  # field_key, in_progress, state_code
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
INTERNAL = re.compile(r"(?<!“)\b(None|True|False|WAL|Schema|schema|NULL|null)\b")


def internal_names(text: str) -> list[str]:
    return SNAKE.findall(text) + ISO_DATE.findall(text) + INTERNAL.findall(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Status: in_progress", ["in_progress"]),
        ("Due 2027-06-30", ["2027-06-30"]),
        ("Schema version 7 / 7 · WAL", ["Schema", "WAL"]),
        ("Agency: None", ["None"]),
        ("write “None” if there is none", []),  # a word to type, quoted
        ("Due 30 June 2027 · In progress · no agency", []),
    ],
)
def test_the_check_finds_internal_names(text, found):
    assert internal_names(text) == found


@pytest.mark.parametrize("key", NAVIGATION)
@pytest.mark.parametrize("data", ["training State", "empty database"])
def test_no_view_shows_internal_names(qtbot, request, data, key):
    session = request.getfixturevalue("demo_session" if data == "training State" else "session")
    window = active_window(qtbot, session)
    view = window.show_view(key)
    QApplication.processEvents()
    data = sorted(_data_strings(session.workspace.path) | {str(session.workspace.path)}, key=len)[::-1]
    problems = []
    for where, text in visible_texts(view):
        for value in data:  # the State's own data is shown as it was typed
            if len(value) > 3 and value in text:
                text = text.replace(value, " ")
        found = internal_names(text)
        if where.split()[0] in ("QLineEdit", "QDateEdit"):  # an entry field: its format, with an example, may be ISO
            found = [name for name in found if not ISO_DATE.fullmatch(name)]
        if found:
            problems.append(f"{where}: {text!r} ({', '.join(found)})")
    assert not problems, "\n".join(problems)


def test_settings_show_no_storage_details_and_about_has_them_to_copy(qtbot, demo_session, answer_dialog):
    window = active_window(qtbot, demo_session)
    settings = window.show_view("settings")
    texts = " ".join(text for _, text in visible_texts(settings))
    assert "Schema" not in texts and "WAL" not in texts
    copied: list[str] = []

    def copy_and_close(dialog):
        dialog.copy_button.click()
        copied.append(QApplication.clipboard().text())
        dialog.reject()

    answer_dialog(copy_and_close, name="aboutDialog")
    window.about()
    info = demo_session.workspace.storage_info()
    assert f"Schema version: {info.schema_version} / {info.latest_schema_version}" in copied[0]
    assert f"Journal mode: {info.journal_mode.upper()}" in copied[0]
    assert "SQLite" in copied[0] and str(demo_session.workspace.path) in copied[0]


def test_the_workbooks_table_writes_its_dates_out_and_sorts_them_as_dates(english):
    from ui.models.workbook_table_model import WorkbookTableModel

    sent, due = WorkbookTableModel.columns[1], WorkbookTableModel.columns[2]
    record = {"exported_at": "2020-01-05T10:00:00+00:00", "due_on": "2020-02-10"}
    assert due.display(record) == "10 February 2020" and not ISO_DATE.search(sent.display(record))
    later = {"exported_at": "2020-01-30T10:00:00+00:00", "due_on": "2020-11-01"}
    assert sent.sort(record) < sent.sort(later) and due.sort(record) < due.sort(later)


def test_recovered_text_says_when_it_was_typed_in_words(qtbot, demo_session):
    from app import drafts, matrix
    from ui import formats
    from ui.views.matrix import MatrixView

    key = "OP2.BW.develop.enforcement"
    ws = demo_session.workspace
    drafts.save_draft(ws, matrix.detail_draft_key(key), {"remarks": "Typed before a crash"})
    saved_at = drafts.load_draft(ws, matrix.detail_draft_key(key))[1]
    view = MatrixView(demo_session, "en")
    qtbot.addWidget(view)
    view.go_to(key)
    note = view.detail.recovered.text()
    assert formats.utc_moment(saved_at) in note
    assert not internal_names(note) and "UTC" not in note


def test_a_form_s_unsaved_text_is_offered_with_its_date_in_words(qtbot, demo_session, answer_questions):
    from app import drafts
    from ui import formats
    from ui.dialogs import forms
    from ui.dialogs.record_form import RecordFormDialog

    ws = demo_session.workspace
    drafts.save_draft(ws, "agency:new", {"name": "Typed before a crash"})
    saved_at = drafts.load_draft(ws, "agency:new")[1]
    asked = answer_questions()
    dialog = RecordFormDialog(demo_session, "Agency", forms.agency_fields(), {}, "agency:new", lambda v: None)
    qtbot.addWidget(dialog)
    assert len(asked) == 1 and formats.utc_moment(saved_at) in asked[0]
    assert not internal_names(asked[0]) and "UTC" not in asked[0]
