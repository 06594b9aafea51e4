"""`un1540 FILE` in the window: a database is opened as --db would; once the window has painted, a package is
offered for a restore (asked first, then its passphrase), a workbook goes to the import preview, anything else is
told; nothing changes unless the user confirms, and the window stays."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app import agencies, matrix, state_profile
from app.given_file import identify
from app.interchange import agency_workbook as aw
from app.workspace import Workspace
from tests.copies import backup_file
from ui.application import Controller
from ui.open_file import FileOffer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def usual(tmp_path) -> Path:
    """The usual database: Senegal, Awa Diop."""
    path = tmp_path / "usual.sqlite3"
    with Workspace.open(path) as ws:
        state_profile.save_profile(ws, {"state_code": "SEN", "focal_point_name": "Awa Diop"})
    return path


@pytest.fixture
def told(monkeypatch):
    """Messages shown with QMessageBox's static functions: [(kind, text)]."""
    shown: list[tuple[str, str]] = []

    def fake(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(box)

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    return shown


@pytest.fixture
def start(qapp, qtbot, english):
    """Start as run_gui does on `db` with `file` given; wait until the file was dealt with; return the controller
    (its `window` None when the first start was left) and the offer."""
    made: list[Controller] = []

    def run(db: Path, file: Path):
        controller = Controller(qapp, db, exit_when_ready=False)
        made.append(controller)
        assert controller.open_workspace()
        offer = FileOffer(controller, identify(file))
        assert offer.before_first_start()
        if not controller.ensure_profile(ask_language=True):
            return controller, offer
        controller.show_window()
        qtbot.addWidget(controller.window)
        controller.before = _dump(controller.session.workspace)  # what the window shows before the file is offered
        offer.when_painted()
        qtbot.waitUntil(lambda: offer.outcome != "", timeout=60_000)
        return controller, offer

    yield run
    for controller in made:
        controller.close()


@pytest.fixture
def first_start(monkeypatch) -> list:
    """The first-start dialogs opened (each left at once, as a user closing it would)."""
    from ui.dialogs.first_start import FirstStartDialog

    opened: list[FirstStartDialog] = []
    monkeypatch.setattr(
        FirstStartDialog, "exec", lambda self: opened.append(self) or FirstStartDialog.DialogCode.Rejected
    )
    return opened


def _dump(ws: Workspace) -> str:
    return "\n".join(ws.db.conn.iterdump())


def _package(demo_db: Path, out: Path, passphrase: str | None = None) -> Path:
    from app.package import write_package

    with Workspace.open(backup_file(demo_db, out.with_suffix(".sqlite3"))) as ws:
        return write_package(ws, out, passphrase=passphrase).path


def _click(text: str):
    def act(box):
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    return act


# -- a package --------------------------------------------------------------------------------------------------
def test_a_package_is_restored_once_the_user_says_restore_and_the_old_data_is_kept_aside(
    start, usual, demo_db, tmp_path, answer_dialog, told
):
    package = _package(demo_db, tmp_path / "usb" / "examplia.un1540")
    asked = {}

    def look_then_restore(box):
        asked["text"], asked["informative"] = box.text(), box.informativeText()
        asked["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        _click("Restore")(box)

    answer_dialog(look_then_restore, "restoreGivenPackage")
    controller, offer = start(usual, package)
    assert asked["text"] == (
        "Restore the package “\u2066examplia.un1540\u2069”? Your current data will be kept aside as a package first."
    )
    assert str(usual) in asked["informative"] and asked["buttons"] == ["Cancel", "Restore"]
    assert offer.outcome == "restored"
    assert controller.window.windowTitle().startswith("Republic of Examplia"), "the restored data is shown"
    assert told[-1][0] == "information" and told[-1][1].startswith("The backup was restored.")
    [kept] = usual.parent.glob("usual.before-restore-*.un1540")
    assert str(kept) in told[-1][1], "the user is told where the previous data is"


def test_cancel_leaves_the_data_as_it_was(start, usual, demo_db, tmp_path, answer_dialog, told):
    package = _package(demo_db, tmp_path / "usb" / "examplia.un1540")
    answer_dialog(_click("Cancel"), "restoreGivenPackage")
    controller, offer = start(usual, package)
    assert offer.outcome == "cancelled" and told == []
    assert controller.window.windowTitle().startswith("Senegal")
    assert _dump(controller.session.workspace) == controller.before
    assert list(usual.parent.glob("*.before-restore-*")) == []


def test_an_encrypted_package_asks_its_passphrase_after_the_question(
    start, usual, demo_db, tmp_path, answer_dialog, told
):
    package = _package(demo_db, tmp_path / "usb" / "examplia.un1540", passphrase="correct horse")
    errors: list[str] = []

    def type_wrong_then_right(dialog):
        dialog.passphrase.setText("wrong horse")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        errors.append(dialog.error_label.text())
        dialog.passphrase.setText("correct horse")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(_click("Restore"), "restoreGivenPackage")
    answer_dialog(type_wrong_then_right, "passphraseDialog")
    controller, offer = start(usual, package)
    assert errors == ["The passphrase is wrong, or the package is damaged."]
    assert offer.outcome == "restored" and told[-1][1].startswith("The backup was restored.")
    assert state_profile.get_profile(controller.session.workspace)["state_code"] == "XEX"


def test_a_package_on_the_first_start_is_offered_before_the_state_is_asked(
    start, tmp_path, demo_db, answer_dialog, told, first_start
):
    package = _package(demo_db, tmp_path / "usb" / "handover.un1540")
    asked = {}

    def look_then_restore(box):
        asked["informative"] = box.informativeText()
        _click("Restore")(box)

    answer_dialog(look_then_restore, "restoreGivenPackage")
    controller, offer = start(tmp_path / "new computer.sqlite3", package)
    assert asked["informative"].startswith("No State is set up yet in")
    assert offer.outcome == "restored" and first_start == [], "the package answered the first-start questions"
    assert told[0][0] == "information" and told[0][1].startswith("The backup was restored.")
    assert controller.window.windowTitle().startswith("Republic of Examplia")


def test_cancel_on_the_first_start_goes_on_to_the_first_start_questions(
    start, tmp_path, demo_db, answer_dialog, told, first_start
):
    package = _package(demo_db, tmp_path / "usb" / "handover.un1540")
    answer_dialog(_click("Cancel"), "restoreGivenPackage")
    controller, offer = start(tmp_path / "new computer.sqlite3", package)
    assert offer.outcome == "cancelled" and len(first_start) == 1 and told == []
    assert not state_profile.is_set_up(controller.session.workspace)


# -- a workbook -------------------------------------------------------------------------------------------------
def _returned_workbook(training_db: Path, tmp_path: Path) -> Path:
    """A workbook sent to the ANSR agency, returned with NA for OP1.npt (X in the training State)."""
    with Workspace.open(training_db) as ws:
        agency = next(a for a in agencies.list_agencies(ws) if a["acronym"] == "ANSR")
        sent = aw.export_agency_workbook(
            ws, agency["id"], aw.field_keys_for(ws, ["A"]), tmp_path / "sent" / "ANSR.xlsx"
        ).value.path
    book = openpyxl.load_workbook(sent)
    sheet = book[book.sheetnames[1]]
    row = next(r for r in range(aw.FIRST_ROW, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == "OP1.npt")
    cell = sheet.cell(row=row, column=aw.COLUMN_OF["value"])
    cell.value, cell.data_type = "NA", "s"
    book.save(tmp_path / "from the agency.xlsx")
    return tmp_path / "from the agency.xlsx"


def test_a_returned_workbook_opens_the_import_preview_and_apply_imports(
    start, training_db, tmp_path, answer_dialog, told
):
    returned = _returned_workbook(training_db, tmp_path)
    seen = {}

    def apply(dialog):
        seen["summary"] = dialog.summary_label.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()

    answer_dialog(apply, "importPreviewDialog")
    controller, offer = start(training_db, returned)
    assert "from the agency.xlsx" in seen["summary"] and "1 change in 1 field" in seen["summary"]
    assert offer.outcome == "imported"
    assert matrix.get_answer(controller.session.workspace, "OP1.npt")["value"] == "NA"
    assert told == [("information", "1 change imported in 1 field from \u2066from the agency.xlsx\u2069.")]
    assert controller.window.stack.currentWidget() is controller.window.views["workbooks"]


def test_cancel_in_the_import_preview_changes_nothing(start, training_db, tmp_path, answer_dialog, told):
    returned = _returned_workbook(training_db, tmp_path)
    answer_dialog(lambda dialog: dialog.reject(), "importPreviewDialog")
    controller, offer = start(training_db, returned)
    assert offer.outcome == "cancelled" and told == []
    assert matrix.get_answer(controller.session.workspace, "OP1.npt")["value"] == "X"
    assert _dump(controller.session.workspace) == controller.before


# -- anything else ----------------------------------------------------------------------------------------------
def test_a_file_it_does_not_open_is_told_and_the_window_stays(start, usual, tmp_path, told):
    notes = tmp_path / "minutes.docx"
    notes.write_bytes(b"PK\x05\x06" + b"\0" * 18)  # an empty zip: neither a package nor a workbook
    controller, offer = start(usual, notes)
    assert offer.outcome == "told"
    assert told == [
        (
            "warning",
            "“\u2066minutes.docx\u2069” is not a file this application opens. It opens a database (.sqlite3), a "
            "backup package (.un1540), or an Excel workbook returned by an agency or the Committee's matrix (.xlsx). "
            "Nothing was changed.",
        )
    ]
    assert controller.window.isVisible() and controller.window.windowTitle().startswith("Senegal")
    assert _dump(controller.session.workspace) == controller.before


def test_a_missing_file_and_a_folder_are_told(start, usual, tmp_path, told):
    (tmp_path / "folder.un1540").mkdir()
    start(usual, tmp_path / "gone.un1540")
    start(usual, tmp_path / "folder.un1540")
    assert [kind for kind, _ in told] == ["warning", "warning"]
    assert told[0][1].startswith(f"“\u2066{tmp_path / 'gone.un1540'}\u2069” does not exist")
    assert told[1][1] == f"“\u2066{tmp_path / 'folder.un1540'}\u2069” is a folder, not a file. Nothing was opened."


# -- a database, through the program's entry point ------------------------------------------------------------------
def test_a_database_file_is_opened_shown_and_remembered_as_the_last_database(training_db, tmp_path):
    code = (
        "import sys, main\n"
        "from ui import application\n"
        "show = application.Controller.show_window\n"
        "def shown(self, view=None):\n"
        "    show(self, view)\n"
        "    print('TITLE', self.window.windowTitle(), '|', self.window.status_label.text())\n"
        "application.Controller.show_window = shown\n"
        f"sys.exit(main.main([{str(training_db)!r}, '--exit-when-ready']))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        "UN1540_DATA_DIR": str(tmp_path / "data"),
        "UN1540_CONFIG_DIR": str(tmp_path / "config"),
    }
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    title = next(line for line in done.stdout.splitlines() if line.startswith("TITLE"))
    assert "Republic of Examplia — 1540 Focal Point" in title and str(training_db) in title
    prefs = json.loads((tmp_path / "config" / "preferences.json").read_text(encoding="utf-8"))
    assert prefs["last_database"] == str(training_db)
    assert not (tmp_path / "data" / "un1540.sqlite3").exists(), "the usual database was not even made"


def test_the_question_is_asked_in_the_interface_language(start, usual, demo_db, tmp_path, qapp, answer_dialog):
    from ui.i18n import install_language

    package = _package(demo_db, tmp_path / "usb" / "examplia.un1540")
    asked = {}

    def look_then_cancel(box):
        asked["text"] = box.text()
        asked["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        box.done(0)

    install_language(qapp, "fr")  # the `english` fixture of `start` puts English back at the end
    answer_dialog(look_then_cancel, "restoreGivenPackage")
    start(usual, package)
    assert asked["text"].startswith("Restaurer le paquet «\u00a0\u2066examplia.un1540\u2069\u00a0»\u00a0?")
    assert asked["buttons"] == ["Annuler", "Restaurer"]


def test_the_program_offers_the_file_given_once_its_window_is_painted(usual, demo_db, tmp_path):
    """Through main.main, as a double-click runs it: another file is told over the painted window; a package on a
    first start is asked before the first-start questions."""
    notes = tmp_path / "minutes.txt"
    notes.write_text("minutes of the meeting")
    package = _package(demo_db, tmp_path / "usb" / "handover.un1540")
    code = (
        "import sys, main\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "from ui.dialogs.first_start import FirstStartDialog\n"
        "def warning(parent, title, text, *args):\n"
        "    print('TOLD', parent.objectName(), parent.painted, text)\n"
        "    QApplication.exit(0)\n"
        "QMessageBox.warning = staticmethod(warning)\n"
        "QMessageBox.exec = lambda box: print('ASKED', box.objectName()) or 0\n"  # no button clicked: Cancel
        "FirstStartDialog.exec = lambda dialog: print('FIRST START') or 0\n"
        "sys.exit(main.main(sys.argv[1:]))\n"
    )
    (tmp_path / "data").mkdir()
    backup_file(usual, tmp_path / "data" / "un1540.sqlite3")  # the usual database: Senegal

    def run(file: Path, data: str) -> list[str]:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONDONTWRITEBYTECODE": "1",
            "UN1540_DATA_DIR": str(tmp_path / data),
            "UN1540_CONFIG_DIR": str(tmp_path / f"{data}-config"),
        }
        done = subprocess.run(
            [sys.executable, "-c", code, str(file)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    assert run(notes, "data") == [
        f"TOLD mainWindow True “\u2066{notes.name}\u2069” is not a file this application opens. It opens a database "
        "(.sqlite3), a backup package (.un1540), or an Excel workbook returned by an agency or the Committee's "
        "matrix (.xlsx). Nothing was changed."
    ]
    assert run(package, "fresh-data") == ["ASKED restoreGivenPackage", "FIRST START"]


# -- macOS: a file double-clicked in the Finder arrives as a FileOpen event ------------------------------------------
def test_a_file_open_event_is_dealt_with_as_un1540_file(
    qapp, qtbot, english, usual, demo_db, tmp_path, answer_dialog, told
):
    from PySide6.QtGui import QFileOpenEvent

    from ui.open_file import FileOpenEvents

    controller = Controller(qapp, usual, exit_when_ready=False)
    events = FileOpenEvents(controller)
    qapp.installEventFilter(events)
    try:
        assert controller.open_workspace() and controller.ensure_profile(ask_language=True)
        # The event the Finder sends when it starts the application for a file: before the window exists.
        package = _package(demo_db, tmp_path / "usb" / "examplia.un1540")
        answer_dialog(_click("Restore"), "restoreGivenPackage")
        qapp.sendEvent(qapp, QFileOpenEvent(str(package)))
        assert events.waiting, "kept until the window has painted"
        controller.show_window()  # closed by controller.close(): a restore replaces the window
        events.window_shown()
        qtbot.waitUntil(lambda: controller.window.windowTitle().startswith("Republic of Examplia"), timeout=60_000)
        assert told[-1][1].startswith("The backup was restored.")
        # Once running: a database double-clicked becomes the one worked on.
        other = tmp_path / "other.sqlite3"
        with Workspace.open(other) as ws:
            state_profile.save_profile(ws, {"state_code": "GHA", "focal_point_name": "Kofi Mensah"})
        qapp.sendEvent(qapp, QFileOpenEvent(str(other)))
        qtbot.waitUntil(lambda: controller.db_path == other, timeout=30_000)
        qtbot.waitUntil(lambda: controller.window.windowTitle().startswith("Ghana"), timeout=30_000)
        assert not events.waiting
    finally:
        qapp.removeEventFilter(events)
        controller.close()
