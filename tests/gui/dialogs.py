"""Every dialog of the application, opened once: shared by the tests that look at all of them (language, size).

The caller replaces QDialog.exec (monkeypatch) by a function that looks at the dialog and returns Rejected, then
calls open_every_dialog. A test (tests/gui/test_fit_screen.py) checks that every QDialog subclass defined in the ui
package is opened here, so a new dialog cannot escape the checks."""

from __future__ import annotations

from pathlib import Path


def _import_preview(session):
    """A small preview of a returned agency workbook: two changes, one of them a conflict."""
    from app.interchange.preview import Change, ImportPreview

    reason = "the database holds another answer"
    changes = [
        Change(1, "OP1.npt", "value", "A 1 · NW · legal", "NPT", "?", "X", baseline="?"),
        Change(2, "OP1.cwc", "value", "A 2 · CW · legal", "CWC", "X", "NA", "", True, reason),
    ]  # fmt: skip
    path = Path(session.workspace.path)  # names that are the user's data in every language
    return ImportPreview("agency", path.with_suffix(".xlsx"), path.stem, changes, 12)


def _export_result(session):
    from app.exports.service import ExportResult

    return ExportResult(Path(session.workspace.path).with_suffix(".pdf"), "report", "pdf", "en", {})


def dialog_openers(session, lang: str, parent) -> list:
    """One function per dialog (and per form): each opens it through the code the application uses."""
    from app import assistance as domain_assistance
    from ui.dialogs import forms
    from ui.dialogs.about import AboutDialog
    from ui.dialogs.agency_workbook import NewWorkbookDialog
    from ui.dialogs.assistance import FromActionDialog, LinkOfferDialog, StatusDialog
    from ui.dialogs.backups import BackupDialog, PassphraseDialog, RestoreDialog
    from ui.dialogs.first_start import FirstStartDialog
    from ui.dialogs.handover import HandoverDialog
    from ui.dialogs.history import HistoryDialog
    from ui.dialogs.import_preview import ImportPreviewDialog
    from ui.dialogs.reports import MarkSubmittedDialog
    from ui.dialogs.search import SearchDialog
    from ui.help import ShortcutSheet

    ws = session.workspace
    request_id = domain_assistance.list_requests(ws)[0]["id"]
    return [
        lambda: FirstStartDialog(session, lang, parent).exec(),
        lambda: NewWorkbookDialog(session, lang, parent).exec(),
        lambda: HandoverDialog(Path(ws.path).parent, lang, parent).exec(),
        lambda: BackupDialog(Path(ws.path).with_suffix(".un1540"), parent).exec(),
        lambda: RestoreDialog(ws.path, parent).exec(),
        lambda: PassphraseDialog(parent, confirm=True).exec(),
        lambda: PassphraseDialog(parent, confirm=False, file_name=Path(ws.path).name).exec(),
        lambda: StatusDialog(session, request_id, parent).exec(),
        lambda: FromActionDialog(session, parent).exec(),
        lambda: LinkOfferDialog(session, request_id, parent).exec(),
        lambda: ImportPreviewDialog(session, _import_preview(session), lang, parent).exec(),
        lambda: MarkSubmittedDialog(session, _export_result(session), "National report", "", parent).exec(),
        lambda: forms.edit_request(session, parent, lang, request_id),
        lambda: forms.edit_request(session, parent, lang, None),
        lambda: forms.edit_action(session, parent, lang),
        lambda: forms.edit_profile(session, parent, lang),
        lambda: forms.edit_agency(session, parent),
        lambda: forms.edit_contact(session, parent),
        lambda: forms.edit_legal_instrument(session, parent),
        lambda: forms.edit_plan(session, parent),
        lambda: forms.edit_priority(session, parent),
        lambda: forms.edit_provider(session, parent),
        lambda: forms.edit_offer(session, parent),
        lambda: forms.edit_report_text(session, parent),
        lambda: AboutDialog(ws, lang, "1540 Focal Point", parent).exec(),
        lambda: HistoryDialog(session, "field", "OP1.npt", lang, parent).exec(),
        lambda: HistoryDialog(session, "request", request_id, lang, parent).exec(),
        lambda: SearchDialog(session, lang, parent).exec(),  # the window opens it modeless (open()): same dialog
        lambda: ShortcutSheet(parent).exec(),  # Help › Keyboard shortcuts (the window shows it modeless)
    ]


def open_every_dialog(session, lang: str, parent) -> None:
    """Open every dialog once (QDialog.exec is replaced by the caller)."""
    for open_dialog in dialog_openers(session, lang, parent):
        open_dialog()


def open_every_dialog_in(qtbot, qapp, session, lang: str) -> None:
    """Open every dialog once with the interface in `lang`, from a main window in that language (English after)."""
    from ui.i18n import install_language
    from ui.main_window import MainWindow

    install_language(qapp, lang)
    try:
        window = MainWindow(session, lang)
        qtbot.addWidget(window)
        open_every_dialog(session, lang, window)
    finally:
        install_language(qapp, "en")
