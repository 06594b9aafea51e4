"""Agencies and contacts, driven as a user would: buttons, typing, dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

from app import agencies, contacts
from app.workspace import Workspace
from ui.models.agency_table_model import AgencyTableModel
from ui.models.contact_table_model import ContactTableModel
from ui.views.agencies_contacts import AgenciesContactsView


def _field(dialog, name):
    return dialog.widgets[name]


def _type(qtbot, widget, text):
    """Replace the widget's text as a user would: key presses, or an input method for non-ASCII text
    (QTest can only simulate ASCII keys)."""
    widget.setFocus()
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QPlainTextEdit):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def _table_texts(view, column=0):
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_add_agency_through_the_form_and_find_it_after_reopening(qtbot, session, answer_dialog, db_path):
    view = AgenciesContactsView(session)
    qtbot.addWidget(view)

    def fill(dialog):
        _type(qtbot, _field(dialog, "name"), "Ministère de la Santé")
        _type(qtbot, _field(dialog, "acronym"), "MS")
        combo: QComboBox = _field(dialog, "kind")
        combo.setCurrentIndex(combo.findData("health"))
        _type(qtbot, _field(dialog, "email"), "sante@examplia.example")
        _type(qtbot, _field(dialog, "responsibilities"), "Biosafety & biosecurity <BSL-3> labs")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(fill)
    qtbot.mouseClick(view.agency_panel.add_button, Qt.MouseButton.LeftButton)

    assert _table_texts(view.agency_panel.table) == ["Ministère de la Santé"]
    assert view.agency_panel.table.model().index(0, 2).data() == "Health"
    session.workspace.close()
    with Workspace.open(db_path) as reopened:
        saved = agencies.list_agencies(reopened)
    assert [(a["name"], a["kind"], a["responsibilities"]) for a in saved] == [
        ("Ministère de la Santé", "health", "Biosafety & biosecurity <BSL-3> labs")
    ]


def test_invalid_email_keeps_the_form_open_with_a_reason_and_saves_nothing(qtbot, session, answer_dialog):
    view = AgenciesContactsView(session)
    qtbot.addWidget(view)
    seen = {}

    def fill(dialog):
        _type(qtbot, _field(dialog, "name"), "Direction générale des douanes")
        _type(qtbot, _field(dialog, "email"), "not an address")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.findChild(QLabel, "formError").text()
        seen["saved_meanwhile"] = len(agencies.list_agencies(session.workspace))
        _type(qtbot, _field(dialog, "email"), "douanes@examplia.example")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(fill)
    qtbot.mouseClick(view.agency_panel.add_button, Qt.MouseButton.LeftButton)

    assert seen["open"] is True
    assert "E-mail" in seen["error"] and "not a valid e-mail" in seen["error"]
    assert seen["saved_meanwhile"] == 0
    assert [a["email"] for a in agencies.list_agencies(session.workspace)] == ["douanes@examplia.example"]


def test_typed_text_survives_a_crash_and_is_offered_back(qtbot, session, answer_dialog, answer_questions):
    from ui.dialogs.forms import agency_fields
    from ui.dialogs.record_form import RecordFormDialog

    first = RecordFormDialog(session, "New agency", agency_fields(), {}, "agency:new", lambda v: None)
    qtbot.addWidget(first)
    _type(qtbot, first.widgets["name"], "Agence nationale de biosécurité")
    _type(qtbot, first.widgets["notes"], "Long notes typed before the power cut 🔌")
    qtbot.waitUntil(
        lambda: session.workspace.db.execute("SELECT count(*) FROM form_draft").fetchone()[0] == 1, timeout=30_000
    )
    first.hide()  # the process dies here: no Save, no Cancel

    asked = answer_questions()
    second = RecordFormDialog(session, "New agency", agency_fields(), {}, "agency:new", lambda v: None)
    qtbot.addWidget(second)
    assert len(asked) == 1 and "not saved" in asked[0]
    assert second.widgets["name"].text() == "Agence nationale de biosécurité"
    assert second.widgets["notes"].toPlainText() == "Long notes typed before the power cut 🔌"


def test_cancel_with_typed_text_asks_before_discarding(qtbot, session, answer_questions):
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.forms import agency_fields
    from ui.dialogs.record_form import RecordFormDialog

    dialog = RecordFormDialog(session, "New agency", agency_fields(), {}, "agency:new", lambda v: None)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.widgets["name"], "Half-typed name")
    asked = answer_questions(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert asked and dialog.isVisible(), "cancelling typed text must ask first and keep the form open"
    assert dialog.widgets["name"].text() == "Half-typed name"


def test_edit_contact_and_filter_by_selected_agency(qtbot, demo_session, answer_dialog):
    view = AgenciesContactsView(demo_session)
    qtbot.addWidget(view)
    ws = demo_session.workspace
    all_contacts = contacts.list_contacts(ws)
    assert view.contact_panel.table.model().rowCount() == len(all_contacts)

    with_agency = next(c for c in all_contacts if c["agency_id"])
    view.agency_panel.select_id(with_agency["agency_id"])
    view.only_selected.setChecked(True)
    expected = len(contacts.list_contacts(ws, with_agency["agency_id"]))
    assert view.contact_panel.table.model().rowCount() == expected < len(all_contacts)

    view.only_selected.setChecked(False)
    view.contact_panel.select_id(with_agency["id"])

    def change_title(dialog):
        _type(qtbot, dialog.widgets["title"], "Directrice adjointe")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(change_title)
    qtbot.mouseClick(view.contact_panel.edit_button, Qt.MouseButton.LeftButton)
    assert contacts.get_contact(ws, with_agency["id"])["title"] == "Directrice adjointe"
    row = view.contact_panel.table.selectionModel().selectedRows()[0].row()
    assert view.contact_panel.table.model().index(row, 2).data() == "Directrice adjointe"


def test_search_narrows_the_agency_table(qtbot, demo_session):
    view = AgenciesContactsView(demo_session)
    qtbot.addWidget(view)
    total = view.agency_panel.table.model().rowCount()
    qtbot.keyClicks(view.agency_panel.search, "douane")
    shown = _table_texts(view.agency_panel.table)
    assert 0 < len(shown) < total
    assert all(
        "douane" in " ".join(str(view.agency_panel.table.model().index(r, c).data()) for c in range(6)).lower()
        for r in range(len(shown))
    )


def test_deleting_an_agency_keeps_its_contacts_unlinked(qtbot, demo_session, answer_questions):
    view = AgenciesContactsView(demo_session)
    qtbot.addWidget(view)
    ws = demo_session.workspace
    contact = next(c for c in contacts.list_contacts(ws) if c["agency_id"])
    agency_id = contact["agency_id"]
    view.agency_panel.select_id(agency_id)
    asked = answer_questions()
    qtbot.mouseClick(view.agency_panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "refer to it" in asked[0]
    assert all(a["id"] != agency_id for a in agencies.list_agencies(ws))
    assert contacts.get_contact(ws, contact["id"])["agency_id"] is None
    assert view.agency_panel.table.model().rowCount() == len(agencies.list_agencies(ws))


def test_table_models_pass_qt_model_tester(qtmodeltester, demo_session):
    for model_class in (AgencyTableModel, ContactTableModel):
        model = model_class(demo_session)
        model.reload()
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_a_full_disk_on_save_says_so_and_keeps_the_typed_text(qtbot, session, answer_dialog, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.errors import DatabaseError

    told = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: told.append(text)))

    def disk_full(ws, values):
        raise DatabaseError(
            f"The disk holding {ws.path} is full: nothing was changed. Free some space, then try again."
        )

    monkeypatch.setattr(agencies, "create_agency", disk_full)
    view = AgenciesContactsView(session)
    qtbot.addWidget(view)
    seen = {}

    def fill(dialog):
        _type(qtbot, _field(dialog, "name"), "Agence de la sécurité radiologique")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        seen["open"] = dialog.isVisible()
        seen["name"] = _field(dialog, "name").text()
        dialog.done(0)

    answer_dialog(fill)
    qtbot.mouseClick(view.agency_panel.add_button, Qt.MouseButton.LeftButton)
    assert told and f"The disk holding {session.workspace.path} is full" in told[0] and "still in the form" in told[0]
    assert seen == {"open": True, "name": "Agence de la sécurité radiologique"}
