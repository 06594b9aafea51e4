"""Help › About / diagnostics: what the application is, and the technical details support asks for, to copy; the
folders it keeps its files in; and, on a second tab, the licences of the components it ships (resources/licenses/)."""

from __future__ import annotations

import contextlib
import platform

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, matrix_template, paths
from app.build_info import BuildInfo, build_info
from app.exports.fonts import user_fonts_dir
from app.third_party import licence_documents
from app.workspace import Workspace
from ui import formats
from ui.i18n import LANGUAGE_NAMES, isolate, translation_status
from ui.widgets.flow import FlowLayout


class AboutDialog(QDialog):
    """The application and its data in a sentence; below, the details for support, with a Copy button."""

    def __init__(self, workspace: Workspace, language: str, about_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.build = build_info()
        self.folders = {"data": paths.data_dir(), "settings": paths.config_dir(), "fonts": user_fonts_dir()}
        text = QLabel(about_text)
        text.setWordWrap(True)
        self.details = QPlainTextEdit(self.details_text(workspace, language))
        self.details.setObjectName("diagnostics")
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setMinimumHeight(150)
        box = QGroupBox(self.tr("Details for support"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy the details"))
        self.copy_button.setObjectName("copyDiagnostics")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        folders = FlowLayout()  # on more lines rather than widening the dialog (French, Arabic)
        self.folder_buttons: dict[str, QPushButton] = {}
        for key, label in (
            ("data", self.tr("Open the &data folder")),
            ("settings", self.tr("Open the &settings folder")),
            ("fonts", self.tr("Open the &fonts folder")),
        ):
            button = QPushButton(label)
            button.setObjectName(f"open_{key}_folder")
            button.clicked.connect(lambda _checked=False, key=key: self.open_folder(key))
            folders.addWidget(button)
            self.folder_buttons[key] = button
        about = QWidget()
        about_layout = QVBoxLayout(about)
        about_layout.addWidget(text)
        about_layout.addWidget(box, 1)
        about_layout.addLayout(folders)
        self.tabs = QTabWidget()
        self.tabs.addTab(about, self.tr("About"))
        self.tabs.addTab(self._licences_tab(), self.tr("Third-party licences"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(600, 480)

    def _licences_tab(self) -> QWidget:
        """The THIRD-PARTY list, then each full licence text, chosen in a list above a read-only text (English,
        left to right in every interface language: legal texts are not translated)."""
        self.licences = licence_documents()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "%1 includes the components below, each under its own licence. The licence texts are in English, "
                "as published."
            ).replace("%1", APP_NAME)
        )
        intro.setWordWrap(True)
        self.licence_choice = QComboBox()
        self.licence_choice.setObjectName("licenceChoice")
        self.licence_choice.setAccessibleName(self.tr("Licence text"))
        for name, _text in self.licences:
            self.licence_choice.addItem(self.tr("Components and their licences") if name == "THIRD-PARTY.md" else name)
        self.licence_text = QTextBrowser()  # the list as formatted Markdown (its paragraphs reflow), a text as is
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setOpenExternalLinks(True)
        self.licence_text.setTabChangesFocus(True)
        self.licence_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.licence_choice.currentIndexChanged.connect(self.show_licence)
        if self.licences:
            self.show_licence(0)
        else:
            self.licence_text.setPlainText(self.tr("The licence files are not installed with this copy."))
        layout.addWidget(intro)
        layout.addWidget(self.licence_choice)
        layout.addWidget(self.licence_text, 1)
        return tab

    def show_licence(self, index: int) -> None:
        if 0 <= index < len(self.licences):
            name, text = self.licences[index]
            if name.endswith(".md"):
                self.licence_text.setMarkdown(text)
            else:
                self.licence_text.setPlainText(text)

    def open_folder(self, key: str) -> None:
        """Show the folder in the system's file manager; the fonts folder is made first (it is where the user puts
        fonts, and may not exist yet)."""
        folder = self.folders[key]
        if key == "fonts":
            with contextlib.suppress(OSError):  # the file manager then says it is not there; nothing depends on it
                folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def build_text(self, info: BuildInfo) -> str:
        """The build as the interface writes it: its date in the user's language and short commit, or "development
        copy", or "unknown"."""
        commit = info.short_commit
        if not info.bundle:
            return (
                self.tr("development copy, commit %1").replace("%1", commit) if commit else self.tr("development copy")
            )
        if info.date is not None and commit:
            return self.tr("%1, commit %2").replace("%1", formats.day(info.date.date())).replace("%2", commit)
        if info.date is not None:
            return formats.day(info.date.date())
        if commit:
            return self.tr("commit %1").replace("%1", commit)
        return self.tr("unknown")

    def details_text(self, ws: Workspace, language: str) -> str:
        info = ws.storage_info()
        status = translation_status(language)
        if status.lang == "en":
            interface = LANGUAGE_NAMES.get("en", "English")
        else:
            interface = (
                self.tr("%1, %2 of %3 messages translated")
                .replace("%1", LANGUAGE_NAMES.get(status.lang, status.lang))
                .replace("%2", formats.number(status.finished))
                .replace("%3", formats.number(status.total))
            )
        rows = (
            (self.tr("Version"), f"{APP_NAME} {self.build.version}"),
            (self.tr("Build"), self.build_text(self.build)),
            (self.tr("Database file"), str(ws.path)),
            (self.tr("Schema version"), f"{info.schema_version} / {info.latest_schema_version}"),
            (self.tr("Journal mode"), info.journal_mode.upper()),
            (self.tr("Matrix template"), matrix_template.current_version(ws) or "—"),
            ("SQLite", info.sqlite_version),
            ("Qt / PySide", f"{qVersion()} / {PySide6.__version__}"),
            ("Python", platform.python_version()),
            (self.tr("System"), platform.platform()),
            (self.tr("Interface language"), interface),
            (self.tr("Data folder"), str(self.folders["data"])),
            (self.tr("Settings folder"), str(self.folders["settings"])),
            (self.tr("Folder for extra fonts"), str(self.folders["fonts"])),
        )
        self.plain_details = "\n".join(f"{name}: {value}" for name, value in rows)  # what is copied, unmarked
        # Shown: each value (versions, a language) in its own direction inside a right-to-left line; a path left to
        # right always.
        folders = {str(path) for path in self.folders.values()} | {str(ws.path)}
        return "\n".join(
            f"{name}: {isolate(value) if value in folders else isolate(value, auto=True)}" for name, value in rows
        )

    def copy(self) -> None:
        QApplication.clipboard().setText(self.plain_details)
        self.copy_button.setText(self.tr("Copied"))
