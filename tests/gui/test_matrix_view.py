"""The matrix editor driven from the keyboard: values, details, legal references, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import legal_instruments, matrix
from ui.models.matrix_table_model import MatrixTableModel
from ui.views.matrix import MatrixView


def _go_to(view, section_key, field_key):
    view.tabs.setCurrentIndex([s["key"] for s in view.sections].index(section_key))
    index = view.model.index_of_field(field_key)
    assert index.isValid()
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    return index


def test_sections_follow_the_committee_layout(qtbot, session):
    view = MatrixView(session, "en")
    qtbot.addWidget(view)
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Section A",
        "Section B",
        "Section C",
        "Section D",
    ]
    assert view.model.rowCount() == 25 and view.model.columnCount() == 4
    view.tabs.setCurrentIndex(1)
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["Measure", "NW\nlegal", "NW\nenforc.", "CW\nlegal", "CW\nenforc.", "BW\nlegal", "BW\nenforc."]
    assert view.model.rowCount() == 13 and view.model.index(1, 0).data() == "2. Acquire †"
    view.tabs.setCurrentIndex(2)
    nuclear_only = view.model.index(12, 3)  # C.13 applies to nuclear material only: no CW cell
    assert view.model.index(12, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert not nuclear_only.flags() & Qt.ItemFlag.ItemIsEditable


def test_type_values_from_the_keyboard_then_undo_and_redo(qtbot, session, main_window):
    view = main_window.show_view("matrix")
    key = "OP2.CW.acquire.legal"
    index = _go_to(view, "B", key)
    stored = lambda: matrix.get_answer(session.workspace, key)["value"]  # noqa: E731

    qtbot.keyClick(view.table, Qt.Key.Key_X)
    assert stored() == "X" and view.model.index(index.row(), index.column()).data() == "X"
    qtbot.keyClick(view.table, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert stored() == "?"
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    assert stored() == "NA"
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert stored() == ""

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored() == "NA"
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored() == "?"
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored() == "NA"
    assert view.model.index(index.row(), index.column()).data() == "NA"
    changes = session.workspace.db.execute(
        "SELECT count(*) FROM audit_log WHERE entity = 'matrix_answer' AND entity_id = ?", [key]
    ).fetchone()[0]
    assert changes == 7, "every edit, undo and redo is in the audit log"


def test_arrows_move_and_keys_fill_a_whole_row(qtbot, session):
    view = MatrixView(session, "en")
    qtbot.addWidget(view)
    view.show()
    _go_to(view, "B", "OP2.NW.manufacture.legal")
    for _ in range(6):
        qtbot.keyClick(view.table, Qt.Key.Key_X)
        qtbot.keyClick(view.table, Qt.Key.Key_Right)
    values = [
        matrix.get_answer(session.workspace, f"OP2.{w}.manufacture.{a}")["value"]
        for w in ("NW", "CW", "BW")
        for a in ("legal", "enforcement")
    ]
    assert values == ["X"] * 6


def test_details_remarks_and_legal_references_with_undo(qtbot, session, main_window):
    law = legal_instruments.create_legal_instrument(session.workspace, {"title_original": "Code pénal"}).id
    view = main_window.show_view("matrix")
    key = "OP2.BW.finance.enforcement"
    _go_to(view, "B", key)
    assert (
        view.detail.title.text() == "B.11 Finance any of the above activities — Biological weapons (BW) — "
        "Enforcement: civil / criminal penalties"
    )
    view.detail.remarks.setPlainText("Art. 4 covers financing; see also <AML law> & decree =1")
    view.detail.source.setText("Additional information (2019), para. 23")
    qtbot.mouseClick(view.detail.apply_button, Qt.MouseButton.LeftButton)
    answer = matrix.get_answer(session.workspace, key)
    assert answer["remarks"] == "Art. 4 covers financing; see also <AML law> & decree =1"
    assert answer["source"] == "Additional information (2019), para. 23"

    view.detail.law.setCurrentIndex(view.detail.law.findData(law))
    qtbot.keyClicks(view.detail.article, "Art. 4(2)")
    qtbot.mouseClick(view.detail.cite_button, Qt.MouseButton.LeftButton)
    citations = matrix.citations(session.workspace, key)
    assert [(c["title_original"], c["article"]) for c in citations] == [("Code pénal", "Art. 4(2)")]
    assert view.detail.citations.count() == 1

    view.detail.citations.setCurrentRow(0)
    qtbot.mouseClick(view.detail.uncite_button, Qt.MouseButton.LeftButton)
    assert matrix.citations(session.workspace, key) == []
    assert (
        main_window.undo_action.text() == "&Undo: legal reference removed from B.11 Finance any of the above "
        "activities · BW · enforcement"
    )
    main_window.undo_action.trigger()  # the reference comes back
    assert [c["article"] for c in matrix.citations(session.workspace, key)] == ["Art. 4(2)"]
    assert view.detail.citations.count() == 1
    main_window.undo_action.trigger()  # it was never cited
    main_window.undo_action.trigger()  # remarks and source as before
    answer = matrix.get_answer(session.workspace, key)
    assert (matrix.citations(session.workspace, key), answer["remarks"], answer["source"]) == ([], "", "")
    assert view.detail.remarks.toPlainText() == ""


def test_moving_away_applies_typed_text_and_a_bad_date_keeps_it(qtbot, session):
    view = MatrixView(session, "en")
    qtbot.addWidget(view)
    view.show()
    _go_to(view, "A", "OP1.cwc")
    view.detail.ratification_date.setText("1997-03-04")
    view.detail.remarks.setPlainText("Typed, then the user moved on")
    view.table.setCurrentIndex(view.model.index_of_field("OP1.bwc"))
    cwc = matrix.get_answer(session.workspace, "OP1.cwc")
    assert (cwc["ratification_date"], cwc["remarks"]) == ("1997-03-04", "Typed, then the user moved on")
    assert view.detail.field_key == "OP1.bwc"

    view.detail.signature_date.setText("10 April 1972")
    view.detail.adherence_details.setPlainText("Long text the user must not lose")
    view.table.setCurrentIndex(view.model.index_of_field("OP1.npt"))
    assert view.detail.field_key == "OP1.bwc", "the cursor stays on the field with the bad date"
    assert "Signature" in view.detail.error.text() and "not a date" in view.detail.error.text()
    assert view.detail.adherence_details.toPlainText() == "Long text the user must not lose"
    assert matrix.get_answer(session.workspace, "OP1.bwc")["signature_date"] is None


def test_matrix_models_pass_qt_model_tester(qtmodeltester, demo_session):
    for section in matrix.sections(demo_session.workspace):
        model = MatrixTableModel(demo_session, section, "en", lambda key, value: None)
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_a_field_citing_a_repealed_law_is_flagged_in_the_matrix(qtbot, demo_session):
    view = MatrixView(demo_session, "en")
    qtbot.addWidget(view)
    index = _go_to(view, "C", "OP3ab.NW.account_storage.legal")  # the training State's stale citation
    assert index.data() == "X ⚠"
    assert "repealed law" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.EditRole) == "X"
    other = view.model.index_of_field("OP3ab.NW.account_production.legal")
    assert other.data() == "X"


def test_text_typed_in_the_details_survives_a_crash(qtbot, session):
    key = "OP3cd.NW.catch_all.legal"
    first = MatrixView(session, "en")
    qtbot.addWidget(first)
    _go_to(first, "D", key)
    first.detail.remarks.setPlainText("Catch-all clause in Art. 9 of the draft decree — 草案第9条")
    qtbot.waitUntil(
        lambda: (
            session.workspace.db.execute("SELECT count(*) FROM form_draft WHERE key = ?", [f"matrix:{key}"]).fetchone()[
                0
            ]
            == 1
        ),
        timeout=30_000,
    )
    first.setParent(None)  # the application is killed: nothing applied, no clean exit
    first.detail.field_key = None

    second = MatrixView(session, "en")
    qtbot.addWidget(second)
    _go_to(second, "D", key)
    assert second.detail.remarks.toPlainText() == "Catch-all clause in Art. 9 of the draft decree — 草案第9条"
    assert second.detail.recovered.isVisibleTo(second.detail)
    assert matrix.get_answer(session.workspace, key)["remarks"] == ""
    qtbot.mouseClick(second.detail.apply_button, Qt.MouseButton.LeftButton)
    assert matrix.get_answer(session.workspace, key)["remarks"].endswith("草案第9条")
    assert session.workspace.db.execute("SELECT count(*) FROM form_draft").fetchone()[0] == 0


def test_recovered_text_can_be_discarded(qtbot, session):
    from app import drafts

    key = "OP2.NW.use.legal"
    drafts.save_draft(
        session.workspace, f"matrix:{key}", {"remarks": "stale text", "source": "", "responsible_agency_id": None}
    )
    view = MatrixView(session, "en")
    qtbot.addWidget(view)
    _go_to(view, "B", key)
    assert view.detail.remarks.toPlainText() == "stale text"
    qtbot.mouseClick(view.detail.discard_button, Qt.MouseButton.LeftButton)
    assert view.detail.remarks.toPlainText() == "" and not view.detail.recovered.isVisibleTo(view.detail)
    assert drafts.load_draft(session.workspace, f"matrix:{key}") is None


def test_sections_change_from_the_keyboard(qtbot, session):
    view = MatrixView(session, "en")
    qtbot.addWidget(view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.model.section["key"] == "B"
    qtbot.keyClick(view.table, Qt.Key.Key_X)
    assert matrix.get_answer(session.workspace, "OP2.NW.manufacture.legal")["value"] == "X"
    qtbot.keyClick(view.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.model.section["key"] == "D"


def test_french_headers_use_the_french_weapon_abbreviations(qtbot, session):
    from ui.models.matrix_table_model import weapon_abbreviation

    assert [weapon_abbreviation(w, "fr") for w in ("NW", "CW", "BW")] == ["AN", "AC", "AB"]
    assert [weapon_abbreviation(w, "en") for w in ("NW", "CW", "BW")] == ["NW", "CW", "BW"]
    assert weapon_abbreviation("NW", "ar") == "NW", "a language without labels yet falls back to English"


def test_moving_the_cursor_loads_the_detail_pane_in_one_domain_call(qtbot, demo_session):
    """The pane reads what it shows through one app/ call (matrix.field_detail), and shows all of it."""
    from app import action_plan, agencies, drafts

    key = "OP2.BW.develop.enforcement"  # cites a law and is closed by an action of the training State's plan
    ws = demo_session.workspace
    drafts.save_draft(ws, matrix.detail_draft_key(key), {"remarks": "Typed before a crash"})
    view = MatrixView(demo_session, "en")
    qtbot.addWidget(view)
    view.tabs.setCurrentIndex([s["key"] for s in view.sections].index("B"))
    reads = []
    real_read = demo_session.read
    demo_session.read = lambda operation, *args, **kwargs: (
        reads.append(operation),
        real_read(operation, *args, **kwargs),
    )[1]
    view.table.setCurrentIndex(view.model.index_of_field(key))  # one cursor move
    assert reads == [matrix.field_detail]
    pane = view.detail
    assert pane.title.text() == "B.5 Develop — Biological weapons (BW) — Enforcement: civil / criminal penalties"
    assert [pane.agency.itemText(i) for i in range(1, pane.agency.count())] == [
        a["name"] for a in agencies.list_agencies(ws)
    ]
    assert [pane.law.itemText(i) for i in range(pane.law.count())] == [
        law["title_original"] for law in legal_instruments.list_legal_instruments(ws)
    ]
    assert pane.citations.count() == len(matrix.get_answer(ws, key)["citations"]) == 1
    titles = [a["title"] for a in action_plan.actions_for_field(ws, key)]
    assert titles and all(title in pane.linked_actions.text() for title in titles)
    assert pane.remarks.toPlainText() == "Typed before a crash" and pane.recovered.isVisibleTo(pane)
