"""Starting the GUI: the Qt application, the language, the database, first start, the window."""

from __future__ import annotations

import gc
import sys
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

# Only what opening the database and painting the first view need is imported here; backups, restores,
# the training State and the first-start dialog are imported when used (bench/startup.py measures it).
from app import APP_NAME, APP_VERSION, preferences, state_profile
from app.errors import CorruptDatabaseError, DatabaseError, UserError
from app.formats import use_digits
from app.paths import config_dir, data_dir
from app.workspace import Workspace
from ui.formats import day, set_default_locale
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.session import Session
from ui.style import application_style, apply_theme
from ui.widgets.fit import fit_buttons

if TYPE_CHECKING:
    from app.backup_list import BackupEntry
    from app.given_file import GivenFile

TRAINING_FILE_NAME = "training-state.sqlite3"


class _PaintWatcher(QObject):
    """Quits the application with status 0 after the watched window's first paint."""

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: QApplication.exit(0))
        return False


def open_checked(path: Path) -> Workspace:
    """Open the database for the window, after SQLite's quick check of every page: a damaged page is
    found here (CorruptDatabaseError) rather than as an error while the views read their data."""
    workspace = Workspace.open(path, source="gui")
    try:
        damage = workspace.damaged_pages()
    except BaseException:
        workspace.close()
        raise
    if damage:
        workspace.close()
        raise CorruptDatabaseError(
            QCoreApplication.translate("Controller", "%1 is damaged: SQLite found damaged pages (%2).")
            .replace("%1", str(workspace.path))
            .replace("%2", damage)
        )
    return workspace


class Controller(QObject):
    """Owns the open workspace and the main window; rebuilds the window on language change."""

    daily_backup_done = Signal(str, str)  # the file written ("" if today's existed), or "" and why it failed
    database_damaged = Signal(str)  # the daily backup found the database damaged: why, and the backup to restore

    def __init__(self, app: QApplication, db_path: Path, exit_when_ready: bool, language: str | None = None):
        super().__init__()
        self._backup_thread: threading.Thread | None = None
        self._backed_up: set[Path] = set()  # databases whose daily backup was started in this run
        self._backups_waiting: list[Path] = []  # and of those, the ones waiting for a window's first paint
        self.daily_backup_done.connect(self._report_daily_backup)
        self.database_damaged.connect(self._warn_damaged)
        self.app = app
        self.db_path = db_path
        self.exit_when_ready = exit_when_ready
        self.prefs = preferences.load()
        self._lang_for_this_run = language is not None  # --lang: never saved
        self._chosen_language = language is not None or (config_dir() / preferences.FILE_NAME).exists()
        # The interface language of this run: the preference, or --lang (this run only, never saved).
        self.language = language or self.prefs.language
        use_digits(self.prefs.digits)  # Arabic: Latin or Arabic-Indic digits, in views and documents alike
        self._refused_backups: set[Path] = set()  # backups that failed to restore in this run
        self._pending_warnings: list[str] = []
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self._watcher = _PaintWatcher(self)

    def open_workspace(self) -> bool:
        """Open the database, asking what to do if it cannot be used; False means quit.

        A damaged file (found when opening, or by SQLite's quick check of every page) never reaches the
        window: the user is offered the newest good backup, a backup file, another database, or quitting.
        """
        while True:
            try:
                self.session = Session(open_checked(self.db_path), self)
                return True
            except (DatabaseError, UserError) as exc:
                if self.exit_when_ready:
                    print(f"error: {exc}", file=sys.stderr)
                    return False
                if not self.offer_ways_out(exc):
                    return False

    def newest_good_backup(self) -> BackupEntry | None:
        """The newest daily backup of the database known to restore, and not refused in this run."""
        from app.backup_list import newest_good_backup

        try:
            return newest_good_backup(self.db_path, exclude=self._refused_backups)
        except OSError:
            return None

    def offer_ways_out(self, exc: Exception) -> bool:
        """Tell why the database cannot be used and offer what can be done; False means quit.

        A damaged file (or one holding SQL of its own) can be replaced by a backup, the file itself being kept
        aside; any other file (a folder, another program's database, a full disk) is only left for another.
        """
        damaged = isinstance(exc, CorruptDatabaseError)
        good = self.newest_good_backup() if damaged else None
        box = QMessageBox(
            QMessageBox.Icon.Critical, APP_NAME, self.tr("The database cannot be opened.") + "\n\n" + str(exc)
        )
        box.setObjectName("cannot-open")
        if damaged:
            box.setInformativeText(
                self.tr(
                    "Nothing was changed. You can restore a backup (the current file is kept "
                    "aside), open another database file, or quit."
                )
            )
        else:
            box.setInformativeText(self.tr("Nothing was changed. You can open another database file, or quit."))
        newest = from_file = None
        if good is not None:
            newest = box.addButton(
                self.tr("Restore the newest good backup (%1)").replace("%1", day(good.day)),
                QMessageBox.ButtonRole.AcceptRole,
            )
        if damaged:
            from_file = box.addButton(self.tr("Restore from a file…"), QMessageBox.ButtonRole.ActionRole)
        open_other = box.addButton(self.tr("Open another file…"), QMessageBox.ButtonRole.ActionRole)
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(newest or open_other)
        box.setEscapeButton(quit_button)
        fit_buttons(box)  # long French buttons are stacked rather than cut
        box.exec()
        clicked = box.clickedButton()
        if newest is not None and clicked is newest:
            self.restore_at_start(good.path)
            return True
        if from_file is not None and clicked is from_file:
            chosen, _ = QFileDialog.getOpenFileName(
                None,
                self.tr("Restore from a backup"),
                str(self.db_path.parent),
                self.tr("Backups (*.un1540 *.sqlite3 *.db);;All files (*)"),
            )
            if chosen:
                self.restore_at_start(Path(chosen))
            return True
        if clicked is open_other:
            chosen, _ = QFileDialog.getOpenFileName(
                None,
                self.tr("Open a database"),
                str(self.db_path.parent),
                self.tr("Databases (*.sqlite3 *.db);;All files (*)"),
            )
            if chosen:
                self.db_path = Path(chosen)
            return True
        return False

    def restore_at_start(self, source: Path) -> bool:
        """Restore `source` in place of the database that cannot be opened (kept aside); say how it went."""
        from app.backup import restore_from
        from app.package import check_passphrase, is_encrypted
        from ui.widgets.record_panel import wait_cursor

        passphrase = None
        if is_encrypted(source):
            from ui.dialogs.backups import PassphraseDialog  # only when a package is encrypted

            ask = PassphraseDialog(
                None, confirm=False, file_name=source.name, check=lambda text: check_passphrase(source, text)
            )  # a wrong one is told at once
            if ask.exec() != PassphraseDialog.DialogCode.Accepted:
                return False
            passphrase = ask.value()
        try:
            with wait_cursor():
                kept = restore_from(source, self.db_path, source_label="gui", passphrase=passphrase).value.kept
        except Exception as exc:  # told, and the user chooses again
            if not isinstance(exc, (DatabaseError, UserError, OSError)):
                traceback.print_exc()
            self._refused_backups.add(source)
            QMessageBox.critical(
                None, APP_NAME, self.tr("The backup was not restored: %1").replace("%1", str(exc) or type(exc).__name__)
            )
            return False
        QMessageBox.information(
            None,
            APP_NAME,
            self.tr("The backup was restored.")
            + ("\n\n" + self.tr("The previous data was kept in %1").replace("%1", str(kept)) if kept else ""),
        )
        return True

    def save_preferences(self) -> None:
        """Save the preferences; a settings folder that cannot be written is told, and the work goes on."""
        try:
            preferences.save(self.prefs)
        except UserError as exc:
            reason = getattr(exc.__cause__, "strerror", None) or str(exc.__cause__ or exc)
            self.warn(
                self.tr("Your settings could not be saved in %1 (%2).")
                .replace("%1", str(config_dir()))
                .replace("%2", reason)
            )

    def warn(self, message: str) -> None:
        """A warning in the window's status bar (shown once the window exists)."""
        if self.window is None:
            self._pending_warnings.append(message)
        else:
            self.window.statusBar().showMessage(message)

    def ensure_profile(self, ask_language: bool = False) -> bool:
        """Ask for the State and its focal point if the database has none yet; False when the user quit.

        With `ask_language` (the application's first start) the first page asks the interface language, starting
        on --lang, the language chosen before, or the system's; the language chosen there is installed at once and
        remembered. The user may explore the training State instead: it is then opened (and built if needed)."""
        if state_profile.is_set_up(self.session.workspace):
            return True
        from ui.dialogs.first_start import FirstStartDialog, system_language  # only on the first start

        if ask_language and not self._chosen_language:
            self.language = system_language()
        dialog = FirstStartDialog(self.session, self.language, ask_language=ask_language, install=self._use_language)
        self._first_start = dialog  # kept alive while the event loop shows it
        if self.exit_when_ready:
            dialog.installEventFilter(self._watcher)
            dialog.show()
            return False
        if dialog.exec() != FirstStartDialog.DialogCode.Accepted:
            return False
        if ask_language and not self._lang_for_this_run and self.prefs.language != self.language:
            self.prefs.language = self.language
            self.save_preferences()
        if dialog.wants_training:
            return self._open_training_instead()
        return True

    def show_tour_once(self) -> None:
        """The guided tour of the main views, unless it was seen already (ui/tour.py)."""
        from ui.tour import show_tour_once

        if self.window is not None:
            show_tour_once(self.window, self.prefs, self.save_preferences)

    def _use_language(self, language: str) -> None:
        self.language = language
        install_language(self.app, language)
        set_default_locale(language)

    def _open_training_instead(self) -> bool:
        """The first start chose the training State: work on it in this run (the database stays unset, so the next
        start asks again)."""
        path = data_dir() / TRAINING_FILE_NAME
        if not path.exists():
            from app.demo import build_demo

            build_demo(path)
        try:
            workspace = open_checked(path)
        except (DatabaseError, UserError) as exc:
            QMessageBox.critical(None, APP_NAME, self.tr("The database cannot be opened.") + "\n\n" + str(exc))
            return False
        self.session.workspace.close()
        self.session.deleteLater()
        self.session, self.db_path = Session(workspace, self), path
        return True

    def show_window(self, view: str | None = None) -> None:
        """Show a new main window: on `view`, or as the last one was left (ui/layout_memory.py)."""
        old = self.window
        if old is not None:
            old.layout_memory.save()  # the new window is built as the old one was left
        self.window = MainWindow(self.session, self.language)
        self.window.language_chosen.connect(self.switch_language)
        self.window.digits_chosen.connect(self.switch_digits)
        self.window.credit_chosen.connect(self.choose_credit)
        self.window.restore_requested.connect(self.restore_backup)
        self.window.open_requested.connect(lambda path: self.switch_database(Path(path)))
        self.window.training_requested.connect(self.open_training_state)
        if view is not None:
            self.window.show_view(view)
        if old is not None:
            self.window.restoreGeometry(old.saveGeometry())
            old.hide()
            old.deleteLater()
            gc.unfreeze()  # what the replaced window held may be garbage now: the collector sees it again
        if self.exit_when_ready:
            self.window.installEventFilter(self._watcher)
        self.window.show()
        while self._pending_warnings:
            self.window.statusBar().showMessage(self._pending_warnings.pop(0))
        shown = self.session.workspace.path
        if shown not in self._backed_up:  # show_window also runs on each language switch: back up once per run
            self._backed_up.add(shown)
            self._backups_waiting.append(shown)
        # The daily backup starts once the window has painted, so that its imports and reads never delay the first
        # paint (one waiting for a window replaced before it painted starts with the new one).
        self.window.first_painted.connect(lambda: QTimer.singleShot(0, self._start_waiting_backups))

    def _start_waiting_backups(self) -> None:
        if self.exit_when_ready:  # quitting at the first paint: a backup started now would only delay the exit
            return
        while self._backups_waiting:
            self.start_daily_backup(self._backups_waiting.pop(0))

    def start_daily_backup(self, path: Path | None = None) -> None:
        """Write today's backup of the database (the open one by default) in the background; never blocks."""
        if path is None:
            if self.session is None:
                return
            path = self.session.workspace.path
        if self._backup_thread is not None and self._backup_thread.is_alive():
            QTimer.singleShot(500, lambda: self.start_daily_backup(path))  # another backup is still being written
            return

        def work() -> None:
            from app.outputs import sweep_leftovers
            from app.package import DamagedDatabaseError
            from app.rolling_backups import daily_backup, sweep_stale_temp

            # A connection of its own, opened and closed in this thread; the database is already upgraded.
            workspace = Workspace.attach(path, source="gui")
            try:
                sweep_stale_temp()  # what a stopped run left: decrypted packages, snapshots, partial backups
                sweep_leftovers()  # and at once what a killed process left half written (app.outputs)
                written = daily_backup(workspace)
            except DamagedDatabaseError as exc:  # told in a warning, once per run: retrying cannot help
                self.database_damaged.emit(str(exc))
            except Exception as exc:  # disk full, permissions, ...: told in the status bar
                self._backed_up.discard(path)  # tried again when the window is next shown
                self.daily_backup_done.emit("", str(exc) or type(exc).__name__)
            else:
                self.daily_backup_done.emit(str(written or ""), "")
            finally:
                workspace.close()

        self._backup_thread = threading.Thread(target=work, name="daily-backup", daemon=True)
        self._backup_thread.start()

    def wait_for_daily_backup(self) -> None:
        if self._backup_thread is not None:
            self._backup_thread.join()
            self._backup_thread = None

    def _report_daily_backup(self, written: str, problem: str) -> None:
        if self.window is None:
            return
        if problem:
            self.window.statusBar().showMessage(
                self.tr("The daily backup could not be written: %1").replace("%1", problem)
            )
        elif written and not self.window.statusBar().currentMessage():  # good news never hides a warning
            self.window.statusBar().showMessage(
                self.tr("Today's backup was written to %1").replace("%1", written), 6000
            )

    def _warn_damaged(self, problem: str) -> None:
        """The daily backup found the database damaged: say so plainly and offer the restore at once."""
        if self.window is None:
            return
        self.window.statusBar().showMessage(self.tr("The database is damaged: no backup of it was written."))
        if self.exit_when_ready:  # no one to answer a dialog
            print(f"warning: {problem}", file=sys.stderr)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr("The database is damaged. Today's backup was not written, and the earlier backups are kept."),
            parent=self.window,
        )
        box.setObjectName("damagedDatabaseWarning")
        box.setInformativeText(
            problem
            + "\n\n"
            + self.tr(
                "Restore a backup now: changes made since that backup "
                "will have to be made again. The damaged data is kept "
                "aside."
            )
        )
        restore = box.addButton(self.tr("Restore from a backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore:
            self.window.choose_restore()

    def switch_language(self, language: str) -> None:
        self.prefs.language = self.language = language  # chosen in Settings: remembered
        install_language(self.app, language)
        set_default_locale(language)
        self.show_window("settings")
        self.save_preferences()

    def switch_digits(self, digits: str) -> None:
        """Write Arabic with Latin or Arabic-Indic digits from now on: the views are built again with them."""
        self.prefs.digits = digits
        use_digits(digits)
        set_default_locale(self.language)
        self.show_window("settings")
        self.save_preferences()

    def choose_credit(self, credit: bool) -> None:
        """Exported documents name the software in their footer from now on, or no longer (Settings): remembered,
        and read by every export (app.exports.service)."""
        self.prefs.credit_software = credit
        self.save_preferences()

    def switch_database(self, path: Path) -> bool:
        """Work on another database file; on any problem, stay on the current one."""
        try:
            workspace = open_checked(path)
        except (DatabaseError, UserError) as exc:
            QMessageBox.critical(self.window, APP_NAME, self.tr("The database cannot be opened.") + "\n\n" + str(exc))
            return False
        previous, previous_path = self.session, self.db_path
        self.session, self.db_path = Session(workspace, self), path
        if not self.ensure_profile():
            workspace.close()
            self.session.deleteLater()
            self.session, self.db_path = previous, previous_path
            return False
        previous.workspace.close()
        previous.deleteLater()
        self.prefs.last_database = str(path)
        self.show_window()
        self.save_preferences()
        return True

    def open_training_state(self) -> bool:
        """Open the training State kept in the user's data folder, creating it the first time."""
        path = data_dir() / TRAINING_FILE_NAME
        if not path.exists():
            from app.demo import build_demo

            build_demo(path)
        return self.switch_database(path)

    def restore_backup(self, source: str, passphrase: str = "") -> None:
        """Restore `source` over the open database; whatever happens, the database is reopened and the views refreshed."""
        from app.backup import restore_from
        from app.package import DatabaseInUse, DataMovedAside
        from ui.widgets.record_panel import wait_cursor

        self.wait_for_daily_backup()
        path = self.session.workspace.path
        self.session.workspace.close()
        kept, problem, moved, in_use = None, None, False, False
        with wait_cursor():
            try:
                kept = restore_from(source, path, source_label="gui", passphrase=passphrase or None).value.kept
            except Exception as exc:  # every failure is told here, and the window goes on with the data as it is
                if not isinstance(exc, (DatabaseError, UserError, OSError)):
                    traceback.print_exc()  # unexpected: keep the details for a report
                problem = str(exc) or type(exc).__name__
                moved = isinstance(exc, DataMovedAside)
                in_use = isinstance(exc, DatabaseInUse)
        try:
            workspace = Workspace.open(path, source="gui")
        except (DatabaseError, UserError) as exc:  # the views are left as they were rather than read from a broken file
            QMessageBox.critical(self.window, APP_NAME, self.tr("The database cannot be opened.") + "\n\n" + str(exc))
        else:
            self.session.replace_workspace(workspace)  # every view reloads, the Edit menu reads the new history
        if problem is not None and moved:
            QMessageBox.critical(
                self.window, APP_NAME, self.tr("The backup was not restored: %1").replace("%1", problem)
            )
        elif in_use:
            QMessageBox.critical(
                self.window,
                APP_NAME,
                self.tr(
                    "The backup was not restored: the database is open in another window or program. Close it and try "
                    "again; your data is unchanged."
                ),
            )
        elif problem is not None:
            QMessageBox.critical(
                self.window,
                APP_NAME,
                self.tr("The backup was not restored: %1\n\nYour data is unchanged.").replace("%1", problem),
            )
        else:
            self.window.statusBar().showMessage(self.tr("The backup was restored."), 6000)  # no longer "damaged"
            QMessageBox.information(
                self.window,
                APP_NAME,
                self.tr("The backup was restored.")
                + ("\n\n" + self.tr("The previous data was kept in %1").replace("%1", str(kept)) if kept else ""),
            )

    def close(self) -> None:
        self._backups_waiting.clear()  # none starts after this, even if a window paints for the first time now
        self.wait_for_daily_backup()
        if self.session is not None:
            self.session.workspace.close()


def _show_unexpected_error(exc_type, exc, tb) -> None:
    """Last resort for errors no view handled: tell the user in a dialog instead of failing silently."""
    traceback.print_exception(exc_type, exc, tb)
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.exit(1)
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        APP_NAME,
        QCoreApplication.translate(
            "Controller",
            "Something went wrong: %1\n\nYour saved data is safe; the last action may not have been completed.",
        ).replace("%1", str(exc) or exc_type.__name__),
    )


GARBAGE_COLLECTION_MS = 60_000


def collect_garbage_in_gui_thread(app: QApplication) -> QTimer:
    """Collect Python's cyclic garbage only in the GUI thread, on a timer; return that timer.

    Left automatic, the collector runs in whichever thread happens to allocate: in an export or backup
    thread it can destroy Qt objects of the GUI thread left in reference cycles, and the application
    crashes. Anki's main window disables it and collects on a timer for the same reason.
    """
    gc.disable()  # what start-up left is collected at the first tick, not before the window is painted
    timer = QTimer(app)
    timer.setInterval(GARBAGE_COLLECTION_MS)
    timer.timeout.connect(gc.collect)
    timer.start()
    return timer


# What start-up built (the modules, the template, the window and its views) lives as long as the window: once the
# window has painted, run_gui moves it out of the collector's reach (gc.freeze), so that each collection on the
# timer walks only what was made since (not 50,000 objects: 15 ms), and so does the collection at exit. The little
# cyclic garbage start-up leaves (about a thousand objects) is kept; a new window (language or database switched)
# gives everything back to the collector (gc.unfreeze).


def set_application_icon(app: QApplication) -> None:
    """The icon of every window (resources/icons/un1540.svg, drawn at each size asked) and, on Wayland, the desktop
    entry the window belongs to (packaging/linux/un1540.desktop: its name, icon and the files it opens)."""
    from importlib import resources

    from PySide6.QtGui import QIcon

    icon = QIcon(str(resources.files("resources").joinpath("icons", "un1540.svg")))
    if not icon.isNull():
        app.setWindowIcon(icon)
    app.setDesktopFileName("un1540")


def add_shipped_fonts() -> list[str]:
    """On a computer without any Chinese font (a bare Linux laptop), the bundle's own (app.paths.shipped_fonts_dir)
    writes the window's Chinese: the interface in Chinese, and "中文" in the language lists. Returns the families
    added (none in a development copy, or when the system has a Chinese font: it is the one the user knows)."""
    from PySide6.QtGui import QFontDatabase

    from app.paths import shipped_fonts_dir

    try:
        files = sorted(p for p in shipped_fonts_dir().iterdir() if p.suffix.lower() in (".ttf", ".ttc", ".otf"))
    except OSError:
        return []
    if not files or QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return []
    added: list[str] = []
    for path in files:
        added += QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
    return added


def run_gui(
    db_path: Path, exit_when_ready: bool = False, language: str | None = None, given: GivenFile | None = None
) -> int:
    """Start the application on `db_path` (in `language` for this run, default: the preference); return the
    process exit status. `given`: a file to offer once the window has painted (a package, a workbook: ui/open_file.py)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(APP_VERSION)
    set_application_icon(app)
    add_shipped_fonts()
    app.setStyle(application_style())
    apply_theme(app)  # light or dark, as the system is; followed when it changes
    if not exit_when_ready:
        sys.excepthook = _show_unexpected_error
    controller = Controller(app, Path(db_path).expanduser(), exit_when_ready, language)
    install_language(app, controller.language)
    set_default_locale(controller.language)
    collecting = gc.isenabled()
    collector = collect_garbage_in_gui_thread(app)
    from ui.open_file import FileOpenEvents

    file_events = FileOpenEvents(controller)  # macOS: a file double-clicked in the Finder arrives as an event
    app.installEventFilter(file_events)
    try:
        if not controller.open_workspace():
            return 1
        if controller.prefs.last_database != str(controller.db_path):  # nothing written when nothing changed
            controller.prefs.last_database = str(controller.db_path)
            controller.save_preferences()
        offer = None
        if given is not None and given.kind != "database" and not exit_when_ready:  # with it, nothing is asked
            from ui.open_file import FileOffer

            offer = FileOffer(controller, given)
            if not offer.before_first_start():  # a package on a first start: asked before the State's questions
                return 1
        first_start = not state_profile.is_set_up(controller.session.workspace)
        if not controller.ensure_profile(ask_language=True):
            return app.exec() if exit_when_ready else 0
        controller.show_window()
        file_events.window_shown()
        if offer is not None:
            offer.when_painted()  # a package's restore asked, a workbook's import previewed, another file told
        if first_start and not exit_when_ready:  # the language and the State chosen: the guided tour, once
            controller.window.first_painted.connect(controller.show_tour_once)
        controller.window.first_painted.connect(gc.freeze)  # see above
        return app.exec()
    finally:
        app.removeEventFilter(file_events)
        controller.close()
        collector.stop()
        if collecting:  # left off when it was off (un1540.main): the process ends, no collection of all it made
            gc.enable()
