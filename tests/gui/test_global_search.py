"""Ctrl+F searches everything from any view; Enter opens the item chosen in its view, selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import agencies
from tests.gui.windows import active_window
from ui.dialogs.search import HIT_ROLE, SearchDialog


def _ctrl_f(qtbot, window) -> SearchDialog:
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SearchDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.field.hasFocus() or QApplication.focusWidget() is dialog.field)
    return dialog


def _type(qtbot, dialog: SearchDialog, text: str) -> None:
    qtbot.keyClicks(dialog.field, text)
    qtbot.waitUntil(lambda: not dialog._timer.isActive() and dialog.delegate.query == text)


def _hits(dialog: SearchDialog) -> list:
    return [dialog.results.item(r).data(HIT_ROLE) for r in range(dialog.results.count())]


@pytest.mark.parametrize(
    ("start_view", "text", "kind", "target"),
    [
        ("overview", "Aminata", "contact", "agencies"),
        ("matrix", "Code des douanes", "law", "legislation"),
        ("legislation", "Formation de 120 agents", "action", "action_plan"),
        ("settings", "Équipement portiques", "request", "assistance"),
        ("action_plan", "JORE 2021-14", "field", "matrix"),
        ("workbooks", "biosecurite paragraphe", "priority", "action_plan"),
        ("reports", "VERTIC", "provider", "assistance"),
        ("overview", "Projets nationaux 1540", "offer", "assistance"),
        ("assistance", "Direction generale des douanes", "agency", "agencies"),
    ],
)
def test_ctrl_f_from_any_view_then_enter_opens_the_item_selected(qtbot, demo_session, start_view, text, kind, target):
    window = active_window(qtbot, demo_session)
    window.show_view(start_view)
    dialog = _ctrl_f(qtbot, window)
    _type(qtbot, dialog, text)
    hit = dialog.current_hit()
    assert hit is not None and hit.kind == kind  # the first result is chosen
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()  # closed at once (deleted later)
    view = window.stack.currentWidget()
    assert view is window.views[target]
    if kind == "field":
        assert view.current_field_key() == hit.id
        assert view.detail.field_key == hit.id
    elif kind in ("action", "priority"):
        assert view.selected() == (kind, hit.id)
    elif kind == "request":
        assert view.selected_request() == hit.id and view.tabs.currentIndex() == 0
    elif kind in ("provider", "offer"):
        assert getattr(view, f"{kind}_panel").selected_id() == hit.id and view.tabs.currentIndex() == 1
    elif kind == "law":
        assert view.panel.selected_id() == hit.id
    else:
        assert getattr(view, f"{kind}_panel").selected_id() == hit.id


def test_down_and_up_move_through_results_skipping_the_group_headings(qtbot, demo_session):
    window = active_window(qtbot, demo_session)
    dialog = _ctrl_f(qtbot, window)
    _type(qtbot, dialog, "douanes")
    kinds = {h.kind for h in _hits(dialog) if h is not None}
    assert {"law", "action", "request", "agency"} <= kinds
    headings = [dialog.results.item(r).text() for r in range(dialog.results.count()) if _hits(dialog)[r] is None]
    assert "1 law" in headings and any(h.endswith("actions of the action plan") for h in headings)
    seen = [dialog.current_hit()]
    for _ in range(len(kinds) + 3):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
        seen.append(dialog.current_hit())
    assert None not in seen and len({(h.kind, h.id) for h in seen}) == len(seen)  # each Down: the next result
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)
    assert dialog.current_hit() == seen[-2]
    assert dialog.field.hasFocus()  # typing can go on


def test_the_part_that_matched_is_shown_and_the_typed_text_is_never_markup(qtbot, demo_session):
    agencies.create_agency(demo_session.workspace, {"name": "Bureau <b>bold</b> & co", "notes": "<i>zzq</i>"})
    window = active_window(qtbot, demo_session)
    dialog = _ctrl_f(qtbot, window)
    _type(qtbot, dialog, "<i>zzq")
    [hit] = [h for h in _hits(dialog) if h is not None]
    row = next(r for r in range(dialog.results.count()) if _hits(dialog)[r] is not None)
    text = dialog.results.item(row).text()
    assert text.splitlines() == ["Bureau <b>bold</b> & co", "Matched in Notes: <i>zzq</i>"]
    markup = dialog.delegate.html(dialog.results.model().index(row, 0))
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in markup and "<b>" not in markup
    assert "&lt;i&gt;zzq</span>" in markup  # the typed words highlighted, as text
    assert hit.kind == "agency"


def test_nothing_found_says_so(qtbot, demo_session):
    window = active_window(qtbot, demo_session)
    dialog = _ctrl_f(qtbot, window)
    _type(qtbot, dialog, "qqxxzz")
    assert dialog.results.count() == 0
    assert "Nothing holds" in dialog.summary.text() and "qqxxzz" in dialog.summary.text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Enter on nothing: stays open, nothing opened
    assert dialog.isVisible() and dialog.chosen is None


def _column(model, title: str) -> int:
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)


def test_the_matrix_search_shows_why_a_field_matched(qtbot, demo_session):
    from app import matrix
    from ui.views.matrix import MatrixView

    key = "OP3cd.CW.border_controls.enforcement"
    matrix.set_answer(demo_session.workspace, key, {"source": "Rapport <b>Yzkw</b> 2025", "remarks": "Voir yzkw."})
    view = MatrixView(demo_session, "en")
    qtbot.addWidget(view)
    view.show()
    view.search_field.setText("yzkw")
    qtbot.waitUntil(lambda: view.results.isVisible() and view.results_model.rowCount() == 1)
    model = view.results_model
    row = {model.headerData(c, Qt.Orientation.Horizontal): model.index(0, c) for c in range(model.columnCount())}
    assert {"Value", "Legal references", "Remarks", "Matched in"} <= set(row)
    assert row["Value"].data() == matrix.get_answer(demo_session.workspace, key)["value"]
    assert row["Legal references"].data()  # the field's laws, as the detail pane lists them
    # Found in the remarks and in the source (which has no column): the hint names both, with their text.
    assert row["Matched in"].data() == "Remarks: Voir yzkw.; Source: …port <b>Yzkw</b> 2025"  # cut near the word
    delegate = view.results.itemDelegate()
    marked = '<span style="background-color: #ffe58f; color: #000000; font-weight: 600;">'
    assert delegate.html(row["Remarks"]) == f"Voir {marked}yzkw</span>."
    assert delegate.html(row["Matched in"]) == (
        f"Remarks: Voir {marked}yzkw</span>.; Source: …port &lt;b&gt;{marked}Yzkw</span>&lt;/b&gt; 2025"
    )
    assert not view.results.isColumnHidden(_column(model, "Legal references"))
    view.search_field.clear()
    qtbot.waitUntil(lambda: not view.results.isVisible())
    assert not delegate.query  # no search, nothing marked


@pytest.mark.parametrize(
    ("lang", "pseudo"), [(lang, "") for lang in ("en", "fr", "ar", "zh", "ru", "es")] + [("en", "long")]
)
def test_the_search_dialog_fits_a_small_screen_in_every_language(qtbot, qapp, demo_session, monkeypatch, lang, pseudo):
    from ui.i18n import install_language

    if pseudo:
        monkeypatch.setenv("UN1540_PSEUDO", pseudo)
    install_language(qapp, lang)
    try:
        dialog = SearchDialog(demo_session, lang)
        qtbot.addWidget(dialog)
        dialog.field.setText("douanes")
        dialog.run()
        dialog.show()
        minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert minimum.width() <= 1280 and minimum.height() <= 660, minimum
        assert dialog.width() <= 1280 and dialog.height() <= 660
        assert dialog.layoutDirection() == (
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        assert dialog.results.horizontalScrollBar().maximum() == 0  # long results wrap, never sideways
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_matched_words_are_painted_highlighted_inside_their_cell(qtbot, qapp, demo_session, lang):
    from PySide6.QtGui import QColor

    from app import matrix
    from ui.i18n import install_language
    from ui.views.matrix import MatrixView

    key = "OP3cd.CW.border_controls.enforcement"
    matrix.set_answer(demo_session.workspace, key, {"remarks": "Vérifié par l’unité Qxwz au port."})
    install_language(qapp, lang)
    try:
        view = MatrixView(demo_session, lang)
        qtbot.addWidget(view)
        view.resize(1280, 660)
        view.show()
        view.search_field.setText("qxwz")
        qtbot.waitUntil(lambda: view.results.isVisible() and view.results_model.rowCount() == 1)
        column = next(
            c
            for c in range(view.results_model.columnCount())
            if view.results_model.index(0, c).data() and "Qxwz" in view.results_model.index(0, c).data() and c != 0
        )
        index = view.results_model.index(0, column)
        view.results.scrollTo(index)
        cell = view.results.visualRect(index)
        image = view.results.viewport().grab().toImage()
        mark = QColor("#ffe58f").rgb()
        inside = [
            x
            for x in range(max(0, cell.left()), min(image.width(), cell.right() + 1))
            for y in range(cell.top(), cell.bottom() + 1)
            if image.pixel(x, y) == mark
        ]
        assert len(inside) > 20, "the matched word is not highlighted in its cell"
        holding = [
            view.results.visualRect(view.results_model.index(0, c))
            for c in range(view.results_model.columnCount())
            if "Qxwz" in (view.results_model.index(0, c).data() or "")
        ]
        for x in range(image.width()):
            for y in range(image.height()):
                if image.pixel(x, y) == mark:  # painted only in the cells holding the word, in either direction
                    assert any(rect.contains(x, y) for rect in holding), (x, y)
    finally:
        install_language(qapp, "en")


def test_a_field_result_names_its_weapon_and_column_as_the_matrix_does(qtbot, demo_session):
    dialog = SearchDialog(demo_session, "en")
    qtbot.addWidget(dialog)
    dialog.field.setText("JORE 2021-14")
    dialog.run()
    hit = dialog.current_hit()
    assert (hit.kind, hit.weapon, hit.aspect) == ("field", "NW", "legal")
    lines = dialog.results.currentItem().text().splitlines()
    assert lines[0] == f"{hit.title} — NW — legal framework"  # words of the interface, not codes
    assert lines[1].startswith("Matched in Remarks: ") and "JORE 2021-14" in lines[1]
