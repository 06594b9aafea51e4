"""The main window: a navigation on the side, one view per part of the work."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

# Start-up imports only the overview (the first view painted): every other view, and the dialogs and
# domain modules behind the menus, is imported when first shown or used (bench/startup.py measures it).
from app import APP_NAME, APP_VERSION, clock, matrix_template, state_profile
from app import undo as domain_undo
from app.changes import Changes
from app.errors import DatabaseError, UserError
from app.states import state_name
from ui import formats, keyboard, labels
from ui.i18n import LANGUAGE_NAMES, isolate, translation_status, window_title
from ui.layout_memory import LayoutMemory
from ui.session import Session
from ui.style import retone
from ui.views.overview import OverviewView
from ui.views.welcome import attach_welcome
from ui.widgets.empty_state import guide
from ui.widgets.fit import fit_navigation, fit_to_screen

if TYPE_CHECKING:
    from ui.views.settings import SettingsView

NAVIGATION = (
    "overview",
    "matrix",
    "action_plan",
    "assistance",
    "legislation",
    "agencies",
    "workbooks",
    "reports",
    "settings",
)


def _matrix_view(session: Session, language: str) -> QWidget:
    from ui.views.matrix import MatrixView

    return MatrixView(session, language)


def _action_plan_view(session: Session, language: str) -> QWidget:
    from ui.views.action_plan import ActionPlanView

    return ActionPlanView(session, language)


def _assistance_view(session: Session, language: str) -> QWidget:
    from ui.views.assistance import AssistanceView

    return AssistanceView(session, language)


def _legislation_view(session: Session, language: str) -> QWidget:
    from ui.views.legislation import LegislationView

    return LegislationView(session, language)


def _agencies_view(session: Session) -> QWidget:
    from ui.views.agencies_contacts import AgenciesContactsView

    return AgenciesContactsView(session)


def _workbooks_view(session: Session, language: str) -> QWidget:
    from ui.views.workbooks import WorkbooksView  # openpyxl is loaded when the view is first shown, not at start

    return WorkbooksView(session, language)


def _reports_view(session: Session, language: str) -> QWidget:
    from ui.views.reports import ReportsView  # the export service (reportlab, openpyxl) too

    return ReportsView(session, language)


class _Views(dict):
    """The views by navigation key; a view not built yet is built when asked for."""

    def __init__(self, build: Callable[[str], QWidget]):
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        return self._build(key)


class MainWindow(QMainWindow):
    SHOWS = frozenset({"state_profile"})  # the title names the State
    language_chosen = Signal(str)
    digits_chosen = Signal(str)  # Arabic: "latin" or "arabic-indic" (Settings)
    credit_chosen = Signal(bool)  # exported documents name the software in their footer (Settings)
    restore_requested = Signal(str, str)  # the file, and its passphrase ("" when it is not encrypted)
    open_requested = Signal(str)
    training_requested = Signal()
    first_painted = Signal()  # once, when the window has painted for the first time

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.language = language
        self.painted = False
        self.layout_memory = LayoutMemory(self)  # how the window was left (ui/layout_memory.py)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget()
        # Views are built the first time they are shown (or asked for), so start-up builds only the
        # overview; each stack page is a placeholder until then.
        self.views: dict[str, QWidget] = _Views(self._build_view)
        self._factories: dict[str, Callable[[], QWidget]] = {}
        style = self.style()
        icon = lambda sp: style.standardIcon(sp)  # noqa: E731
        P = QStyle.StandardPixmap
        entries = (
            ("overview", self.tr("Overview"), P.SP_ComputerIcon, lambda: OverviewView(session, language)),
            (
                "matrix",
                self.tr("Implementation matrix"),
                P.SP_FileDialogDetailedView,
                lambda: _matrix_view(session, language),
            ),
            (
                "action_plan",
                self.tr("Action plan"),
                P.SP_FileDialogListView,
                lambda: _action_plan_view(session, language),
            ),
            ("assistance", self.tr("Assistance"), P.SP_DialogHelpButton, lambda: _assistance_view(session, language)),
            (
                "legislation",
                self.tr("Legislation"),
                P.SP_FileDialogContentsView,
                lambda: _legislation_view(session, language),
            ),
            ("agencies", self.tr("Agencies and contacts"), P.SP_DirHomeIcon, lambda: _agencies_view(session)),
            ("workbooks", self.tr("Agency workbooks"), P.SP_BrowserReload, lambda: _workbooks_view(session, language)),
            (
                "reports",
                self.tr("Reports and exports"),
                P.SP_DialogSaveButton,
                lambda: _reports_view(session, language),
            ),
            ("settings", self.tr("Settings"), P.SP_FileDialogInfoView, lambda: self._settings_view()),
        )
        assert [key for key, *_ in entries] == list(NAVIGATION)
        for key, title, pixmap, factory in entries:
            item = QListWidgetItem(icon(pixmap), title)
            item.setData(256, key)
            self.navigation.addItem(item)
            self._factories[key] = factory
            self.stack.addWidget(QWidget())
        self.navigation.currentRowChanged.connect(self._show_row)
        fit_navigation(self.navigation)  # wide enough for the longest entry, within reason; longer ones on two lines

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.status_label = QLabel()  # the database and template: hidden while a message is shown, which needs the room
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addWidget(self.status_label, 1)
        session.changed.connect(self._on_changed)
        self._refresh_title()
        self.refresh_undo()
        self.navigation.setCurrentRow(0)
        fit_to_screen(self, 1200, 780)
        self.layout_memory.restore_window()

    def _settings_view(self) -> SettingsView:
        from ui.views.settings import SettingsView

        view = SettingsView(self.session, self.language)
        view.language_chosen.connect(self.language_chosen)
        view.digits_chosen.connect(self.digits_chosen)
        view.credit_chosen.connect(self.credit_chosen)
        view.backup_requested.connect(self.back_up)
        view.restore_requested.connect(self.choose_restore)
        return view

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open a database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_database)
        new_action = QAction(self.tr("&New database…"), self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.choose_new_database)
        training_action = QAction(self.tr("Open the &training State"), self)
        training_action.triggered.connect(self.training_requested)
        for action in (open_action, new_action, training_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        backup_action = QAction(self.tr("&Back up (export the project package)…"), self)
        backup_action.setShortcut(QKeySequence(self.tr("Ctrl+B")))
        backup_action.triggered.connect(self.back_up)
        restore_action = QAction(self.tr("&Restore from a backup…"), self)
        restore_action.triggered.connect(self.choose_restore)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        handover_action = QAction(self.tr("&Handover pack for a successor…"), self)
        handover_action.triggered.connect(self.hand_over)
        file_menu.addAction(backup_action)
        file_menu.addAction(restore_action)
        file_menu.addAction(handover_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self._build_edit_menu()
        self.layout_memory.build_menu(self.menuBar())
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row in range(self.navigation.count()):
            action = QAction(self.navigation.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.navigation.setCurrentRow(r))
            action.triggered.connect(lambda _checked=False, r=row: self._focus_view(r))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Guided tour"), self.start_tour)
        about = QAction(self.tr("&About / diagnostics"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)
        self._install_help(help_menu)

    def _install_help(self, help_menu) -> None:
        """Help › Help for this view (F1) and Keyboard shortcuts; F1 in dialogs; tooltips (ui/help.py)."""
        from ui.help import HelpService

        self.help = HelpService(self)
        self.help.install(help_menu)

    def _build_edit_menu(self) -> None:
        """Edit › Undo / Redo: every step of the application, as the domain records them (app/undo.py)."""
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self)
        self.redo_action.setObjectName("redoAction")
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self.redo)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.search_action = QAction(self.tr("&Search everything…"), self)
        self.search_action.setObjectName("searchEverything")
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F, from any view
        self.search_action.triggered.connect(self.search_everything)
        self.edit_menu.addAction(self.search_action)
        self.edit_menu.aboutToShow.connect(self.refresh_undo)
        self._undo_step: domain_undo.Step | None = None
        self._redo_step: domain_undo.Step | None = None

    def search_everything(self) -> QWidget:
        """Edit › Search everything… (Ctrl+F): the matrix, laws, plan, assistance and contacts; Enter opens the
        item chosen in its view (ui/dialogs/search.py)."""
        from ui.dialogs.search import SearchDialog

        dialog = SearchDialog(self.session, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self.SHOWS):
            self._refresh_title()
        self.refresh_undo()

    def refresh_undo(self) -> None:
        """Name the steps Undo and Redo would take (after each change, and when the window gets the focus: the
        command line or another window may have changed the data meanwhile)."""
        ws = self.session.workspace
        try:
            self._undo_step, self._redo_step = domain_undo.undo_target(ws), domain_undo.redo_target(ws)
        except (UserError, DatabaseError):  # the database cannot be read just now (being restored): offer nothing
            self._undo_step = self._redo_step = None
        step = self._undo_step
        self.undo_action.setText(labels.undo_action_text(step, ws, self.language))
        self.undo_action.setEnabled(step is not None and step.undoable)
        self.redo_action.setText(labels.undo_action_text(self._redo_step, ws, self.language, redo=True))
        self.redo_action.setEnabled(self._redo_step is not None)

    def undo(self) -> bool:
        return self._move(redo=False)

    def redo(self) -> bool:
        return self._move(redo=True)

    def _move(self, redo: bool) -> bool:
        """Undo or redo the step the Edit menu names; a refusal is told in one message, and nothing changes."""
        offered = self._redo_step if redo else self._undo_step
        if offered is None:
            return False
        from ui.widgets.record_panel import wait_cursor

        ws = self.session.workspace
        name = labels.step_name(ws, offered.description, self.language)
        try:
            with wait_cursor():
                (self.session.redo if redo else self.session.undo)(offered.id)
        except domain_undo.UndoRefused as exc:
            self.refresh_undo()
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Redo") if redo else self.tr("Undo"),
                labels.undo_refused_message(exc, ws, self.language, redo=redo, offered=offered),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("undoRefused")
            box.exec()
            return False
        except (UserError, DatabaseError) as exc:  # the database refused the write: nothing was changed
            self.refresh_undo()
            QMessageBox.warning(
                self,
                self.tr("Redo") if redo else self.tr("Undo"),
                self.tr("%1 could not be done: %2 Nothing was changed.").replace("%1", name).replace("%2", str(exc)),
            )
            return False
        self.statusBar().showMessage(
            (self.tr("Redone: %1") if redo else self.tr("Undone: %1")).replace("%1", name), 6000
        )
        return True

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and hasattr(self, "undo_action"):
            self.refresh_undo()

    def _build_view(self, key: str) -> QWidget:
        view = self._factories[key]()
        view.setProperty("navKey", key)
        index = NAVIGATION.index(key)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        dict.__setitem__(self.views, key, view)
        guide(key, view)  # every empty list says what to do next, with the button to do it
        if key == "overview":
            view.heat_map.field_clicked.connect(self.open_field)
            view.open_item.connect(self.open_item)
            attach_welcome(view, self)  # an empty database: where to start, in place of the figures
        retone(view)  # its labels' own colours (those of the guidance and welcome page too), for a dark palette
        keyboard.prepare_view(key, view)
        self.layout_memory.view_built(key, view)
        return view

    def _focus_view(self, row: int) -> None:
        """After a Go shortcut: the focus in the view, where the user starts (ui/keyboard.py)."""
        keyboard.focus_view(NAVIGATION[row], self.views[NAVIGATION[row]])

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(NAVIGATION):
            view = self.views[NAVIGATION[row]]
            self.stack.setCurrentWidget(view)

    def show_view(self, key: str) -> QWidget:
        self.navigation.setCurrentRow(NAVIGATION.index(key))
        return self.views[key]

    def open_field(self, field_key: str) -> bool:
        """Show one field of the matrix (from the overview's heat map, a link, a search)."""
        self.show_view("matrix").go_to(field_key)
        return True

    # -- routes: one item shown selected in its view (the overview's links; views name it `select_record`) --
    def open_action(self, action_id: int) -> bool:
        return bool(self.show_view("action_plan").select_record(action_id))

    def open_request(self, request_id: int) -> bool:
        return bool(self.show_view("assistance").select_record(request_id))

    def open_workbook(self, workbook_id: int) -> bool:
        return bool(self.show_view("workbooks").select_record(workbook_id))

    def open_law(self, law_id: int) -> bool:
        return bool(self.show_view("legislation").select_record(law_id))

    def open_matrix_filter(self, name: str, value: str = "") -> None:
        """The matrix with its search filtered: fields "without_reference", or "changed_since" a date."""
        view = self.show_view("matrix")
        if name == "without_reference":
            view.without_reference.setChecked(True)
        elif name == "changed_since":
            view.changed_since.setText(value or "")
        view.run_search()
        view.results.setFocus()

    def open_item(self, kind: str, item_id) -> bool:
        """Show an item chosen on the overview or in a search: a field, action, request, workbook, law, or the matrix
        filtered; False when it is no longer there."""
        if kind == "matrix_filter":
            self.open_matrix_filter(*item_id)
            return True
        routes = {
            "field": self.open_field,
            "action": self.open_action,
            "request": self.open_request,
            "workbook": self.open_workbook,
            "law": self.open_law,
        }
        return bool(routes[kind](item_id)) if kind in routes else False

    def _refresh_title(self, *_):
        profile = state_profile.get_profile(self.session.workspace) or {}
        name = state_name(profile.get("state_code", ""), self.language) if profile else ""
        self.setWindowTitle(window_title(name, APP_NAME) if name else APP_NAME)
        self.status_label.setText(
            self.tr("%1 · matrix template %2")
            .replace("%1", isolate(str(self.session.workspace.path)))
            .replace("%2", matrix_template.current_version(self.session.workspace) or "—")
        )

    def _suggested_backup(self) -> Path:
        profile = state_profile.get_profile(self.session.workspace) or {}
        name = state_name(profile.get("state_code", ""), "en") if profile else ""
        stem = re.sub(r"[^\w]+", "-", name).strip("-") or "un1540"
        return self.session.workspace.path.with_name(f"{stem}-{clock.today_iso()}.un1540")

    def back_up(self) -> Path | None:
        """Write a package of the database and its documents where the user says, encrypted if asked."""
        from app.outputs import check_output_path
        from app.package import write_package
        from ui.dialogs.backups import BackupDialog
        from ui.widgets.record_panel import wait_cursor

        dialog = BackupDialog(self._suggested_backup(), self)
        if dialog.exec() != BackupDialog.DialogCode.Accepted:
            return None
        go_on, passphrase = dialog.destination.passphrase(self)
        if not go_on:
            return None
        try:
            with wait_cursor():
                for chosen in (dialog.typed(), dialog.target()):  # not the database (even picked by mistake),
                    check_output_path(chosen, self.session.workspace.path)  # nor a file the application keeps
                info = write_package(self.session.workspace, dialog.target(), passphrase)
        except Exception as exc:  # disk full, permission denied, ...: say so (cursor restored), lose nothing
            QMessageBox.critical(
                self, self.tr("Backup failed"), self.tr("The backup could not be written: %1").replace("%1", str(exc))
            )
            return None
        if info.missing_documents:
            QMessageBox.warning(
                self,
                self.tr("Back up"),
                self.tr(
                    "The backup was written, but these documents are missing or damaged in the documents folder and are "
                    "not in it: %1"
                ).replace("%1", labels.join(info.missing_documents)),
            )
        self.statusBar().showMessage(
            self.tr("Backup written to %1 (%2, %3)")
            .replace("%1", str(info.path))
            .replace("%2", formats.size(info.size))
            .replace("%3", self.tr("%n document(s)", "", info.documents)),
            8000,
        )
        return info.path

    def hand_over(self):
        """Write the handover PDF and the project package for the person who takes over."""
        from app.handover import export_handover  # loads the PDF machinery only when asked
        from ui.dialogs.handover import HandoverDialog
        from ui.widgets.record_panel import wait_cursor

        dialog = HandoverDialog(self.session.workspace.path.parent, self.language, self)
        if dialog.exec() != HandoverDialog.DialogCode.Accepted:
            return None
        go_on, passphrase = dialog.destination.passphrase(self)
        if not go_on:
            return None
        try:
            with wait_cursor():
                result = export_handover(
                    self.session.workspace, dialog.folder(), lang=dialog.lang(), passphrase=passphrase
                )
        except (
            Exception
        ) as exc:  # disk full, no Chinese font, ...: say so (cursor restored); nothing half written is left
            QMessageBox.critical(
                self,
                self.tr("Handover pack"),
                self.tr("The handover pack could not be written: %1").replace("%1", str(exc)),
            )
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Handover pack"),
            self.tr("The handover pack is ready:\n\n%1 (%2)\n%3 (%4)\n\nGive both files to your successor.")
            .replace("%1", str(result.pdf))
            .replace("%2", self.tr("%n page(s)", "", result.pages))
            .replace("%3", str(result.package))
            .replace("%4", formats.size(result.package_size)),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("handoverDone")
        open_button = box.addButton(self.tr("Open the PDF"), QMessageBox.ButtonRole.ActionRole)
        folder_button = box.addButton(self.tr("Show the folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.pdf)))
        elif box.clickedButton() is folder_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.pdf.parent)))
        return result

    def choose_database(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database"),
            str(self.session.workspace.path.parent),
            self.tr("Databases (*.sqlite3 *.db);;All files (*)"),
        )
        if chosen:
            self.open_requested.emit(chosen)

    def choose_new_database(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(self.session.workspace.path.with_name("new-state.sqlite3")),
            self.tr("Databases (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        if Path(chosen).exists():
            QMessageBox.information(
                self,
                self.tr("New database"),
                self.tr("“%1” already exists; it is opened as it is, nothing is overwritten.").replace(
                    "%1", Path(chosen).name
                ),
            )
        self.open_requested.emit(chosen)

    def choose_restore(self) -> None:
        """Pick a daily backup or another file, its passphrase if encrypted, confirm, then ask for the restore."""
        from app.package import check_passphrase, is_encrypted
        from ui.dialogs.backups import PassphraseDialog, RestoreDialog

        dialog = RestoreDialog(self.session.workspace.path, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        source = dialog.chosen
        passphrase = ""
        if is_encrypted(source):
            ask = PassphraseDialog(
                self, confirm=False, file_name=source.name, check=lambda text: check_passphrase(source, text)
            )
            if ask.exec() != PassphraseDialog.DialogCode.Accepted:
                return
            passphrase = ask.value()
        answer = QMessageBox.warning(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace all current data with the backup “%1”? The current data is kept aside first, as a "
                "backup file beside the database."
            ).replace("%1", source.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(str(source), passphrase)

    def start_tour(self) -> QWidget:
        """Help › Guided tour: the short tour of the main views (ui/tour.py)."""
        from ui.tour import start_tour

        return start_tour(self)

    def about(self) -> None:
        """Help › About / diagnostics: the application, then the details for support (ui/dialogs/about.py)."""
        from ui.dialogs.about import AboutDialog

        text = (
            self.tr(
                "%1 %2\n\nFor national points of contact under UN Security Council resolution 1540 (2004).\n\n"
                "Your data stays on this computer: %3"
            )
            .replace("%1", APP_NAME)
            .replace("%2", APP_VERSION)
            .replace("%3", str(self.session.workspace.path))
            + self._translation_line()
        )
        dialog = AboutDialog(self.session.workspace, self.language, text, self)
        dialog.exec()

    def _translation_line(self) -> str:
        """For a language other than English: the interface is a working translation, and how complete it is."""
        status = translation_status(self.language)
        if status.lang == "en":
            return ""
        return "\n\n" + (
            self.tr("Interface: %1, working translation (%2 of %3 messages), not revised by the United Nations.")
            .replace("%1", LANGUAGE_NAMES.get(status.lang, status.lang))
            .replace("%2", formats.number(status.finished))
            .replace("%3", formats.number(status.total))
        )

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.layout_memory.save()
        super().closeEvent(event)

    def paintEvent(self, event):  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()
