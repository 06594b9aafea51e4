"""A file given to the application to open (`un1540 FILE`, a double-click on a package or a workbook).

A database FILE is simply the database of the run (un1540.main passes it as `--db` would be). Everything else is
dealt with here once the window has painted, on the usual database (a package given on the first start, before its
questions, which the restore answers): a package (.un1540) is offered for a restore
(asked first, then its passphrase if it is encrypted, then the window's own restore, Controller.restore_backup);
a workbook goes to the import preview of the Agency workbooks view, as "Import a returned workbook…" does after its
file dialog; any other file is told in one message, and the window stays as it is. Nothing changes unless the user
confirms. What the file holds was decided from its content by app.given_file.identify, without Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QMessageBox

from app import APP_NAME, state_profile
from app.given_file import GivenFile
from ui.i18n import isolate
from ui.widgets.fit import fit_buttons

if TYPE_CHECKING:
    from ui.application import Controller
    from ui.main_window import MainWindow


class FileOffer(QObject):
    """Offers what can be done with the file given at start, once, after the window's first paint."""

    finished = Signal(str)  # what came of it: "restored", "imported", "cancelled" or "told"

    def __init__(self, controller: Controller, given: GivenFile):
        super().__init__(controller)
        self.controller = controller
        self.given = given
        self.outcome = ""  # set when finished

    def before_first_start(self) -> bool:
        """A package given on the first start (no State set up yet: a successor's new computer) is offered before the
        first-start questions, which its restore answers; False when the user quit where the database cannot be
        reopened."""
        controller = self.controller
        assert controller.session is not None
        if self.given.kind != "package" or state_profile.is_set_up(controller.session.workspace):
            return True
        if not controller._chosen_language:  # as the first start would: the system's language, until one is chosen
            from ui.dialogs.first_start import system_language

            controller._use_language(system_language())
        self.outcome = "cancelled"
        if self.ask_restore(None, first_start=True):
            controller.session.workspace.close()
            controller.session.deleteLater()
            controller.session = None
            # restore_at_start asks the passphrase of an encrypted package and says how the restore went
            if controller.restore_at_start(self.given.path):
                self.outcome = "restored"
            if not controller.open_workspace():
                return False
        self.finished.emit(self.outcome)
        return True

    def when_painted(self) -> None:
        """Deal with the file once the window has painted for the first time (unless it was dealt with already)."""
        window = self.controller.window
        assert window is not None
        if not self.outcome:
            window.first_painted.connect(lambda: QTimer.singleShot(0, self.run))

    def run(self) -> str:
        window = self.controller.window
        assert window is not None
        if self.given.kind == "package":
            self.outcome = self.offer_restore(window)
        elif self.given.kind == "workbook":
            self.outcome = self.offer_import(window)
        else:
            self.tell(window)
            self.outcome = "told"
        self.finished.emit(self.outcome)
        return self.outcome

    def ask_restore(self, window: MainWindow | None, first_start: bool = False) -> bool:
        """Whether the user wants the package restored (Restore / Cancel)."""
        path = self.given.path
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from a backup"),
            self.tr("Restore the package “%1”? Your current data will be kept aside as a package first.").replace(
                "%1", isolate(path.name)
            ),
            parent=window,
        )
        box.setObjectName("restoreGivenPackage")
        database = isolate(str(self.controller.db_path))
        if first_start:
            informative = self.tr("No State is set up yet in %1: it will hold the data of the package.")
        else:
            informative = self.tr("All the data in %1 will be replaced by the data of the package.")
        box.setInformativeText(informative.replace("%1", database))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        fit_buttons(box)
        box.exec()
        return box.clickedButton() is restore

    def offer_restore(self, window: MainWindow) -> str:
        """Ask, then the passphrase of an encrypted package, then the restore the File menu runs."""
        path = self.given.path
        if not self.ask_restore(window):
            return "cancelled"
        passphrase = ""
        if self.given.encrypted:
            from app.package import check_passphrase
            from ui.dialogs.backups import PassphraseDialog

            ask = PassphraseDialog(
                window, confirm=False, file_name=path.name, check=lambda text: check_passphrase(path, text)
            )  # a wrong one is told at once, the dialog stays
            if ask.exec() != PassphraseDialog.DialogCode.Accepted:
                return "cancelled"
            passphrase = ask.value()
        self.controller.restore_backup(str(path), passphrase)  # tells how it went, the data reloaded
        return "restored"

    def offer_import(self, window: MainWindow) -> str:
        """The import preview of the workbook, where the user applies or cancels; a refused file is told there."""
        view = window.views["workbooks"]
        if view.import_file(self.given.path) is None:
            return "cancelled"
        window.show_view("workbooks")  # the workbook imported, selected in its view
        return "imported"

    def tell(self, window: MainWindow) -> None:
        """Why the file was not opened: it cannot be read, or it is none of what the application opens."""
        given = self.given
        path = isolate(str(given.path))
        if given.kind == "missing":
            text = self.tr(
                "“%1” does not exist: it may have been moved, renamed or deleted, or its drive is not connected. "
                "Nothing was opened."
            ).replace("%1", path)
        elif given.kind == "not_a_file" and given.detail == "a folder":
            text = self.tr("“%1” is a folder, not a file. Nothing was opened.").replace("%1", path)
        elif given.kind == "not_a_file":
            text = self.tr("“%1” is not a regular file (a pipe, a device or a socket). Nothing was opened.").replace(
                "%1", path
            )
        elif given.kind == "unreadable":
            text = (
                self.tr("“%1” cannot be read (%2). Nothing was opened.").replace("%1", path).replace("%2", given.detail)
            )
        else:
            text = self.tr(
                "“%1” is not a file this application opens. It opens a database (.sqlite3), a backup package "
                "(.un1540), or an Excel workbook returned by an agency or the Committee's matrix (.xlsx). "
                "Nothing was changed."
            ).replace("%1", isolate(given.path.name))
        QMessageBox.warning(window, APP_NAME, text)


class FileOpenEvents(QObject):
    """Files handed to the running application by the system rather than on its command line: macOS sends a file
    double-clicked in the Finder (or dropped on the Dock icon) as a FileOpen event, also the one the application was
    started for. Each is dealt with as `un1540 FILE` would be, once the window has painted: a database becomes the
    one worked on (as File › Open a database…), a package is offered for a restore, a workbook for an import."""

    def __init__(self, controller: Controller):
        super().__init__(controller)
        self.controller = controller
        self.waiting: list[GivenFile] = []
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            from app.given_file import identify

            self.waiting.append(identify(event.file()))
            if self.painted:
                QTimer.singleShot(0, self.deal_with_waiting)
            return True
        return False

    def window_shown(self) -> None:
        """The main window is shown: what arrived meanwhile is dealt with after its first paint."""
        window = self.controller.window
        assert window is not None

        def on_paint() -> None:
            self.painted = True
            QTimer.singleShot(0, self.deal_with_waiting)

        if window.painted:
            on_paint()
        else:
            window.first_painted.connect(on_paint)

    def deal_with_waiting(self) -> None:
        while self.waiting and self.controller.window is not None:
            given = self.waiting.pop(0)
            if given.kind == "database":
                self.controller.switch_database(given.path)
            else:
                FileOffer(self.controller, given).run()
