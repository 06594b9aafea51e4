"""The GUI's save dialogs share the command line's guard: a file the user picks that is the database, one of
its journal files or inside its documents folder is refused with the same message, and nothing is written."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app import attachments, submissions
from tests.damage import database_digest
from ui.widgets.documents_panel import DocumentsPanel


@pytest.fixture
def told(monkeypatch):
    """Every warning and critical message shown, as (title, text)."""
    shown: list[tuple[str, str]] = []

    def fake(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(fake))
    return shown


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_an_export_saved_over_the_database_is_refused_and_nothing_is_written(
    qtbot, demo_session, save_as, told, suffix
):
    from ui.views.reports import ReportsView

    view = ReportsView(demo_session, "en")
    qtbot.addWidget(view)
    view.choose("matrix", "pdf", "en")
    db = demo_session.workspace.path
    target = db.with_name(db.name + suffix)
    before = database_digest(db)
    save_as(target)
    view.start_export()
    assert view.thread is None, "no export was started"
    [(title, text)] = told
    assert title == "Export failed" and "cannot be" in text and "database is unchanged" in text
    assert database_digest(db) == before
    assert not db.with_name(db.name + suffix + ".pdf").exists()


def test_an_export_saved_into_the_documents_folder_is_refused(qtbot, demo_session, save_as, told):
    from ui.views.reports import ReportsView

    view = ReportsView(demo_session, "en")
    qtbot.addWidget(view)
    view.choose("matrix", "xlsx", "en")
    folder = attachments.documents_dir(demo_session.workspace)
    folder.mkdir(exist_ok=True)
    save_as(folder / "matrix.xlsx")
    view.start_export()
    assert view.thread is None
    [(_title, text)] = told
    assert "documents folder" in text
    assert list(folder.iterdir()) == []


def test_a_backup_over_the_database_journal_is_refused(qtbot, demo_session, answer_dialog, told):
    from ui.main_window import MainWindow

    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    db = demo_session.workspace.path
    before = database_digest(db)

    def choose(dialog):
        dialog.path_edit.setText(str(db.with_name(db.name + "-journal")))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(choose, "backupDialog")
    assert window.back_up() is None
    [(title, text)] = told
    assert title == "Backup failed" and "cannot be a file of the database" in text
    assert not db.with_name(db.name + "-journal").exists()
    assert database_digest(db) == before


def test_a_submitted_document_saved_over_the_database_is_refused(demo_session, tmp_path):
    from app.errors import UserError
    from app.exports.service import export_document

    ws = demo_session.workspace
    out = tmp_path / "matrix.xlsx"
    result = export_document(ws, "matrix", "xlsx", "en", out)
    submission = submissions.mark_submitted(
        ws, result.path, kind="matrix", fmt="xlsx", lang="en", submitted_on="2020-01-06"
    ).value
    before = database_digest(ws.path)
    with pytest.raises(UserError, match="cannot be the database itself"):
        submissions.save_document_copy(ws, submission, ws.path)
    assert database_digest(ws.path) == before


def test_a_document_copy_saved_over_the_database_is_refused(qtbot, demo_session, save_as, told, tmp_path):
    ws = demo_session.workspace
    evidence = tmp_path / "gazette.pdf"
    evidence.write_bytes(b"%PDF-1.4 Official Gazette\n" * 50)
    attachments.add(ws, "legal_instrument", 1, evidence)
    panel = DocumentsPanel(demo_session, "legal_instrument")
    qtbot.addWidget(panel)
    panel.set_owner(1)
    panel.list.setCurrentRow(0)
    before = database_digest(ws.path)
    save_as(ws.path)
    assert panel.save_copy() is None
    [(title, text)] = told
    assert title == "Save a copy" and "cannot be the database itself" in text
    assert database_digest(ws.path) == before
    save_as(tmp_path / "copy.pdf")
    assert panel.save_copy() == tmp_path / "copy.pdf"
    assert (tmp_path / "copy.pdf").read_bytes() == evidence.read_bytes()


def test_a_handover_into_the_documents_folder_is_refused(qtbot, demo_session, answer_dialog, told, monkeypatch):
    from ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append((box.windowTitle(), box.text())) or 0)

    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    folder = attachments.documents_dir(demo_session.workspace)
    folder.mkdir(exist_ok=True)

    def choose(dialog):
        dialog.folder_edit.setText(str(folder))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(choose, "handoverDialog")
    assert window.hand_over() is None
    [(title, text)] = told
    assert title == "Handover pack" and "documents folder" in text
    assert list(folder.iterdir()) == []


def test_the_workbook_dialog_replaces_a_file_the_save_dialog_confirmed(qtbot, demo_session, save_as, told, tmp_path):
    """The save dialog asks before replacing a file (Qt's own confirmation); the workbook then replaces it."""
    from app.interchange import agency_workbook as aw
    from ui.dialogs.agency_workbook import NewWorkbookDialog

    target = tmp_path / "customs.xlsx"
    target.write_bytes(b"last month's workbook")
    save_as(target)
    dialog = NewWorkbookDialog(demo_session, "en")
    qtbot.addWidget(dialog)
    info = dialog.create()
    assert told == [] and info is not None and info.path == target
    assert target.read_bytes()[:2] == b"PK" and len(aw.list_workbooks(demo_session.workspace)) == 1
