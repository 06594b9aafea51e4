"""A focal point without a mouse completes a whole task from the keyboard: answers a field of the matrix with a
legal reference, adds an action to the plan, exports the national report.

Every step is a key pressed where the focus is (qtbot.keyClick on the focused widget), as a user at the keyboard
acts; the result is read back from the database (the domain), and the PDF from the file written. Once in
English, once in Arabic (right to left)."""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app import action_plan, matrix, state_profile
from app.states import state_name
from app.workspace import Workspace
from ui.i18n import install_language
from ui.keyboard import tab_chain
from ui.main_window import NAVIGATION
from ui.session import Session

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
EXPORT_TIMEOUT_MS = 90000


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the focus is nowhere"
    return widget


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key, where the focus is."""
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, target: QWidget, limit: int = 60) -> None:
    """Tab until `target` has the focus (a user reading the screen); fails if Tab never reaches it."""
    path = []
    for _ in range(limit):
        if focused() is target:
            return
        path.append(f"{type(focused()).__name__}#{focused().objectName()}")
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is target, f"Tab never reaches {target.objectName() or type(target).__name__}: {path}"


@pytest.fixture(params=["en", "ar"])
def language(request, qapp):
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.fixture
def window(qtbot, training_db, language):
    from tests.gui.windows import active_window

    ws = Workspace.open(training_db)
    window = active_window(qtbot, Session(ws), language)
    window.resize(1280, 660)
    yield window
    ws.close()


def test_a_field_is_answered_with_a_legal_reference_from_the_keyboard(qtbot, window, language):
    ws = window.session.workspace
    press(qtbot, Qt.Key.Key_2, CTRL)  # Go › Implementation matrix
    view = window.views["matrix"]
    assert focused() is view.table, "the matrix's table has the focus, ready for the arrow keys"
    if language == "ar":
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Down the rows until a field whose value is blank, then X.
    for _ in range(40):
        key = view.current_field_key()
        if key and matrix.get_answer(ws, key)["value"] == "" and not matrix.citations(ws, key):
            break
        press(qtbot, Qt.Key.Key_Down)
    key = view.current_field_key()
    assert key and matrix.get_answer(ws, key)["value"] == ""
    press(qtbot, Qt.Key.Key_X)
    assert matrix.get_answer(ws, key)["value"] == "X"

    press(qtbot, Qt.Key.Key_Return)  # the details of the field
    assert view.detail.isAncestorOf(focused())
    type_text(qtbot, "Typed without a mouse")
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Apply (a button's shortcut clicks it as it shows, a moment later)
    qtbot.waitUntil(lambda: matrix.get_answer(ws, key)["remarks"] == "Typed without a mouse")

    press(qtbot, Qt.Key.Key_L, ALT)  # "Cite a &law": the law to cite
    assert focused() is view.detail.law
    press(qtbot, Qt.Key.Key_Down)
    law_id = view.detail.law.currentData()
    assert law_id is not None
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.detail.article
    type_text(qtbot, "Art. 7(2)")
    press(qtbot, Qt.Key.Key_Return)  # Enter cites
    cited = matrix.citations(ws, key)
    assert [(c["legal_instrument_id"], c["article"]) for c in cited] == [(law_id, "Art. 7(2)")]

    press(qtbot, Qt.Key.Key_Escape)  # back to the table, on the same field
    assert focused() is view.table and view.current_field_key() == key
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the table (the arrows move inside it)
    assert focused() is not view.table


def test_an_action_is_added_to_the_plan_from_the_keyboard(qtbot, window, answer_dialog):
    ws = window.session.workspace
    press(qtbot, Qt.Key.Key_3, CTRL)  # Go › Action plan
    view = window.views["action_plan"]
    assert focused() is view.tree
    before = {a["id"] for a in action_plan.list_actions(ws)}

    def fill(dialog):
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))  # the form has the keyboard
        title = dialog.widgets["title"]
        tab_to(qtbot, title)
        type_text(qtbot, "Train customs officers on the control list")
        tab_to(qtbot, dialog.widgets["start_date"])
        type_text(qtbot, "2027-01-15")
        tab_to(qtbot, dialog.widgets["due_date"])
        type_text(qtbot, "2027-06-30")
        supporting = dialog.widgets["supporting"]
        tab_to(qtbot, supporting.filter)
        names = [supporting.list.item(r).text() for r in range(supporting.list.count())]
        agency = next(n for n in names if n.isascii())
        type_text(qtbot, agency)  # the filter shows that agency only
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is supporting.list
        press(qtbot, Qt.Key.Key_Home)
        press(qtbot, Qt.Key.Key_Space)  # checks the agency
        tab_to(qtbot, dialog.widgets["start_date"])
        press(qtbot, Qt.Key.Key_Return)  # Enter: Save, the dialog's default button

    answer_dialog(fill, name="recordForm")
    press(qtbot, Qt.Key.Key_A, ALT)  # "Add &action…" (a mnemonic clicks its button as it shows, a moment later)

    def added() -> list[dict]:
        return [a for a in action_plan.list_actions(ws) if a["id"] not in before]

    qtbot.waitUntil(lambda: len(added()) == 1, timeout=30000)
    action = action_plan.get_action(ws, added()[0]["id"])
    assert action["title"] == "Train customs officers on the control list"
    assert (action["start_date"], action["due_date"]) == ("2027-01-15", "2027-06-30")
    assert len(action["supporting"]) == 1


def test_the_national_report_is_exported_from_the_keyboard(qtbot, window, language, save_as, tmp_path):
    target = tmp_path / "report.pdf"
    save_as(target)
    press(qtbot, Qt.Key.Key_8, CTRL)  # Go › Reports and exports
    view = window.views["reports"]
    assert focused() is view.document_combo
    while view.document_combo.currentData() != "report":
        press(qtbot, Qt.Key.Key_Down)
    tab_to(qtbot, view.pdf_radio)
    tab_to(qtbot, view.export_button)
    with qtbot.waitSignal(view.export_finished, timeout=EXPORT_TIMEOUT_MS):
        press(qtbot, Qt.Key.Key_Space)
    assert target.is_file()
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, text=True).stdout
    text = unicodedata.normalize("NFKC", text)  # Arabic as pdftotext gives it: presentation forms, in visual order
    code = state_profile.get_profile(window.session.workspace)["state_code"]
    assert all(word in text for word in state_name(code, language).split())


@pytest.mark.parametrize("key", NAVIGATION)
def test_every_button_of_every_view_is_reached_by_tab(qtbot, demo_session, key):
    from tests.gui.windows import active_window

    window = active_window(qtbot, demo_session)
    view = window.show_view(key)
    chain = tab_chain(view)
    buttons = [b for b in view.findChildren(QAbstractButton) if b.isVisibleTo(view) and b.isEnabled()]
    missing = [b.text() or b.objectName() for b in buttons if b not in chain]
    assert not missing, f"{key}: not reached by Tab: {missing}"


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh", "ar"])
def test_no_two_mnemonics_of_a_view_clash_with_each_other_or_the_menus(qtbot, qapp, training_db, lang):
    """Alt+letter reaches one control only: a clash would only move the focus between them."""
    from tests.gui.windows import active_window

    install_language(qapp, lang)
    ws = Workspace.open(training_db)
    try:
        window = active_window(qtbot, Session(ws), lang)
        menus = [a.text() for a in window.menuBar().actions()]
        for key in NAVIGATION:
            view = window.show_view(key)
            texts = [b.text() for b in view.findChildren(QAbstractButton) if b.isVisibleTo(view)]
            texts += [label.text() for label in view.findChildren(QLabel) if label.buddy() and label.isVisibleTo(view)]
            letters = [m for m in map(_mnemonic, menus + texts) if m]
            assert len(letters) == len(set(letters)), f"{lang} {key}: {menus + texts}"
        assert _mnemonic(window.views["action_plan"].add_action_button.text())
    finally:
        install_language(qapp, "en")
        ws.close()


@pytest.mark.parametrize(
    ("key", "reading_order"),
    [
        ("legislation", ["lawSearch", "lawStatusFilter", "lawAdd", "lawTable"]),
        ("agencies", ["contactSearch", "onlySelectedAgency", "contactAdd", "contactTable"]),
        (
            "assistance",
            [
                "requestSearch",
                "requestStatusFilter",
                "requestAdd",
                "requestFromAction",
                "requestEdit",
                "requestDelete",
                "requestStatus",
                "requestLinkOffer",
                "requestTable",
            ],
        ),
        ("matrix", ["matrixTable", "fieldValue", "citationList", "unciteButton", "citeLaw", "citeArticle"]),
    ],
)
def test_tab_follows_the_order_controls_are_read_in(qtbot, demo_session, key, reading_order):
    """A filter shown beside the search box comes right after it, not after the table below."""
    from tests.gui.windows import active_window

    window = active_window(qtbot, demo_session)
    view = window.show_view(key)
    view.findChild(QWidget, reading_order[0]).setFocus()
    met = []
    for _ in range(40):
        name = focused().objectName()
        if name in reading_order and name not in met:
            met.append(name)
        press(qtbot, Qt.Key.Key_Tab)
    assert met == reading_order
