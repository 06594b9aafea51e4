"""The Legislation view: the laws register, where each law is cited, repeal warnings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import legal_instruments
from ui.models.legal_instrument_table_model import CitationTableModel, LegalInstrumentTableModel
from ui.views.legislation import LegislationView


def _law_id(ws, status):
    return next(law["id"] for law in legal_instruments.list_legal_instruments(ws) if law["status"] == status)


def test_selecting_the_repealed_law_warns_and_lists_the_fields_that_still_cite_it(qtbot, demo_session):
    view = LegislationView(demo_session, "en")
    qtbot.addWidget(view)
    view.show()
    assert view.panel.table.model().rowCount() == 15
    view.panel.select_id(_law_id(demo_session.workspace, "repealed"))
    assert view.repeal_warning.isVisible() and "1 matrix field still cites it" in view.repeal_warning.text()
    table = view.citation_table.model()
    assert table.rowCount() == 1
    assert [table.index(0, c).data() for c in range(5)] == [
        "C.3",
        "Measures to account for storage",
        "Nuclear weapons (NW)",
        "National legal framework",
        "Art. 21",
    ]


def test_repealing_a_cited_law_through_the_form_raises_the_warning(qtbot, demo_session, answer_dialog):
    view = LegislationView(demo_session, "en")
    qtbot.addWidget(view)
    view.show()
    ws = demo_session.workspace
    penal_code = next(
        law for law in legal_instruments.list_legal_instruments(ws) if law["title_original"] == "Code pénal"
    )
    view.panel.select_id(penal_code["id"])
    assert not view.repeal_warning.isVisible() and view.citation_table.model().rowCount() >= penal_code["cited_by"] > 0

    def repeal(dialog):
        status = dialog.widgets["status"]
        status.setCurrentIndex(status.findData("repealed"))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(repeal)
    qtbot.mouseClick(view.panel.edit_button, Qt.MouseButton.LeftButton)
    assert legal_instruments.get_legal_instrument(ws, penal_code["id"])["status"] == "repealed"
    assert view.repeal_warning.isVisible()
    assert f"{penal_code['cited_by']} matrix fields still cite it" in view.repeal_warning.text()


def test_deleting_a_cited_law_is_refused_with_a_reason(qtbot, demo_session, answer_questions, monkeypatch):
    view = LegislationView(demo_session, "en")
    qtbot.addWidget(view)
    ws = demo_session.workspace
    law_id = _law_id(ws, "amended")
    view.panel.select_id(law_id)
    answer_questions()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warned.append(text)))
    qtbot.mouseClick(view.panel.delete_button, Qt.MouseButton.LeftButton)
    assert warned and "still cited by matrix fields" in warned[0]
    assert any(law["id"] == law_id for law in legal_instruments.list_legal_instruments(ws))


def test_add_a_law_and_filter_the_register_by_status(qtbot, demo_session, answer_dialog):
    view = LegislationView(demo_session, "en")
    qtbot.addWidget(view)

    def fill(dialog):
        dialog.widgets["title_original"].setText("Décret n° 2026-114 sur les biens à double usage")
        dialog.widgets["title_en"].setText("Decree No. 2026-114 on dual-use goods")
        dialog.widgets["instrument_type"].setCurrentIndex(dialog.widgets["instrument_type"].findData("decree"))
        dialog.widgets["status"].setCurrentIndex(dialog.widgets["status"].findData("draft"))
        dialog.widgets["date_adopted"].setText("2026-10-01")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(fill)
    qtbot.mouseClick(view.panel.add_button, Qt.MouseButton.LeftButton)
    assert view.panel.table.model().rowCount() == 16
    view.status_filter.setCurrentIndex(view.status_filter.findData("draft"))
    model = view.panel.table.model()
    shown = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
    assert "Décret n° 2026-114 sur les biens à double usage" in shown
    assert all(model.index(r, 2).data() == "Draft" for r in range(model.rowCount()))


def test_register_models_pass_qt_model_tester(qtmodeltester, demo_session):
    laws = LegalInstrumentTableModel(demo_session)
    laws.reload()
    qtmodeltester.check(laws)
    citations = CitationTableModel(demo_session, "en")
    citations.show_instrument(_law_id(demo_session.workspace, "amended"))
    assert citations.rowCount() > 0
    qtmodeltester.check(citations)


def test_sorting_by_citations_is_numeric(qtbot, demo_session):
    view = LegislationView(demo_session, "en")
    qtbot.addWidget(view)
    view.panel.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    model = view.panel.table.model()
    counts = [int(model.index(r, 3).data()) for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 10


def test_the_text_of_a_law_is_attached_opened_under_its_name_and_removed(
    qtbot, demo_session, answer_questions, monkeypatch, tmp_path
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from app import attachments

    view = LegislationView(demo_session, "en")
    qtbot.addWidget(view)
    view.show()
    ws = demo_session.workspace
    law_id = _law_id(ws, "in_force")
    view.panel.select_id(law_id)
    assert not view.documents.empty.isHidden() and view.details.tabText(1) == "Documents"
    text = tmp_path / "Loi 2005-12 (texte intégral).pdf"
    text.write_bytes(b"%PDF-1.4 the law as published in the gazette")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(text)], "")))
    qtbot.mouseClick(view.documents.attach_button, Qt.MouseButton.LeftButton)
    assert [a["file_name"] for a in attachments.list_for(ws, "legal_instrument", law_id)] == [text.name]
    assert view.details.tabText(1) == "Documents (1)" and view.documents.list.count() == 1
    assert text.name in view.documents.list.item(0).text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    view.documents.list.setCurrentRow(0)
    qtbot.mouseClick(view.documents.open_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].endswith(text.name) and Path(opened[0]).read_bytes() == text.read_bytes()
    other_law = next(law["id"] for law in legal_instruments.list_legal_instruments(ws) if law["id"] != law_id)
    view.panel.select_id(other_law)
    assert view.documents.list.count() == 0, "each law shows its own documents"
    view.panel.select_id(law_id)
    view.documents.list.setCurrentRow(0)
    answer_questions()
    qtbot.mouseClick(view.documents.remove_button, Qt.MouseButton.LeftButton)
    assert attachments.list_for(ws, "legal_instrument", law_id) == [] and view.documents.list.count() == 0
