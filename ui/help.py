"""Help that works offline: F1 opens the help of the current view (or dialog) in the interface language, and
Help › Keyboard shortcuts lists every shortcut of the window's menus and of the views' keys.

The help pages are Markdown files in resources/help/<language>/<topic>.md, the same topics and the same
headings and links in the six languages (tests/gui/test_help.py checks it). A page missing in a language is
shown in English with a note saying so."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import resources
from ui import tooltips
from ui.style import retone

if TYPE_CHECKING:
    from ui.main_window import MainWindow

HELP_DIR = Path(resources.__file__).parent / "help"
LANGUAGES = ("en", "fr", "ar", "zh", "ru", "es")
TOPICS = (
    "overview",
    "matrix",
    "legislation",
    "action_plan",
    "assistance",
    "agencies",
    "workbooks",
    "reports",
    "settings",
    "keyboard",
)
# The topic of each view of the navigation (a view not named here, e.g. a welcome page, opens the overview).
VIEW_TOPICS = {
    "overview": "overview",
    "matrix": "matrix",
    "action_plan": "action_plan",
    "assistance": "assistance",
    "legislation": "legislation",
    "agencies": "agencies",
    "workbooks": "workbooks",
    "reports": "reports",
    "settings": "settings",
}
# The topic of a dialog, by its class; a record form by the kind of record it edits (its draft key's prefix).
DIALOG_TOPICS = {
    "NewWorkbookDialog": "workbooks",
    "ImportPreviewDialog": "workbooks",
    "StatusDialog": "assistance",
    "FromActionDialog": "assistance",
    "LinkOfferDialog": "assistance",
    "BackupDialog": "settings",
    "RestoreDialog": "settings",
    "PassphraseDialog": "settings",
    "HandoverDialog": "settings",
    "MarkSubmittedDialog": "reports",
}
RECORD_TOPICS = {
    "legal_instrument": "legislation",
    "agency": "agencies",
    "point_of_contact": "agencies",
    "action_plan": "action_plan",
    "plan_priority": "action_plan",
    "plan_action": "action_plan",
    "assistance_request": "assistance",
    "assistance_provider": "assistance",
    "assistance_offer": "assistance",
    "state_profile": "overview",
    "report_settings": "reports",
}
# Keys of special keyboards (Help, Undo, Back...) that Qt adds to standard shortcuts: not shown on the sheet.
SPECIAL_KEYS_FROM = Qt.Key.Key_Help.value
ACCELERATOR = re.compile(r"\(&\w\)|&(?=\w)")  # "&File", Chinese "文件(&F)"
HEADING = re.compile(r"^(#{1,6})\s+(.*)$", re.MULTILINE)


def topic_file(language: str, topic: str) -> Path:
    return HELP_DIR / language / f"{topic}.md"


def topic_text(language: str, topic: str) -> tuple[str, bool]:
    """The page in `language`, or in English when that language lacks it; the second value says it fell back."""
    path = topic_file(language, topic)
    if path.is_file():
        return path.read_text(encoding="utf-8"), False
    return topic_file("en", topic).read_text(encoding="utf-8"), language != "en"


def topic_title(language: str, topic: str) -> str:
    match = HEADING.search(topic_text(language, topic)[0])
    return match.group(2).strip() if match else topic


def dialog_topic(dialog: QWidget) -> str | None:
    """The help topic of a dialog, or None when it has none of its own."""
    name = type(dialog).__name__
    if name in DIALOG_TOPICS:
        return DIALOG_TOPICS[name]
    draft_key = getattr(dialog, "draft_key", None)
    if isinstance(draft_key, str):
        return RECORD_TOPICS.get(draft_key.split(":", 1)[0])
    return None


def keys_text(keys: list[QKeySequence]) -> str:
    """The shortcuts as the keyboard shows them ("Ctrl+Z / Alt+Backspace"), without special keyboards' keys."""
    shown = [k for k in keys if not k.isEmpty() and k[0].key().value < SPECIAL_KEYS_FROM]
    return " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in shown)


def plain(text: str) -> str:
    """A menu's or action's text without its accelerator mark."""
    return ACCELERATOR.sub("", text).replace("&&", "&").strip()


class HelpBrowser(QTextBrowser):
    """Shows a topic by its file name ("matrix.md"): links between topics, back and forward are Qt's own."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpBrowser")
        self.language = language
        self.fell_back = False
        self.setOpenExternalLinks(True)

    def loadResource(self, type_, url):  # noqa: N802 (Qt API)
        name = url.fileName()
        topic = name[:-3] if name.endswith(".md") else ""
        if url.scheme() in ("", "file") and topic in TOPICS:
            text, self.fell_back = topic_text(self.language, topic)
            if self.fell_back:
                note = self.tr("This page is not available in your language yet: it is shown in English.")
                text = f"*{note}*\n\n{text}"
            return text
        return super().loadResource(type_, url)

    def topic(self) -> str:
        name = self.source().fileName()
        return name[:-3] if name.endswith(".md") else ""


class HelpWindow(QWidget):
    """The help: a topic list, the page, back and forward, and a find box. Not modal; fits 1280×720."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.language = language
        self.setWindowTitle(self.tr("Help"))
        if language == "ar":
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        style = self.style()
        self.browser = HelpBrowser(language)
        self.back_button = self._tool(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Back"))
        self.back_button.setObjectName("helpBack")
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.forward_button = self._tool(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("Forward"))
        self.forward_button.setObjectName("helpForward")
        self.forward_button.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

        self.find_field = QLineEdit()
        self.find_field.setObjectName("helpFind")
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setPlaceholderText(self.tr("Find in this page"))
        self.find_field.setToolTip(self.tr("Type a word and press Enter to find it in the page shown."))
        self.find_field.returnPressed.connect(lambda: self.find(self.find_field.text()))
        self.find_next = QPushButton(self.tr("Next"))
        self.find_next.setObjectName("helpFindNext")
        self.find_next.clicked.connect(lambda: self.find(self.find_field.text()))
        self.find_previous = QPushButton(self.tr("Previous"))
        self.find_previous.setObjectName("helpFindPrevious")
        self.find_previous.clicked.connect(lambda: self.find(self.find_field.text(), backward=True))

        self.topics = QListWidget()
        self.topics.setObjectName("helpTopics")
        self.topics.setToolTip(self.tr("The help topics"))
        for topic in TOPICS:
            item = QListWidgetItem(topic_title(language, topic))
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.topics.addItem(item)
        self.topics.setMinimumWidth(160)
        self.topics.setMaximumWidth(260)
        self.topics.currentItemChanged.connect(self._topic_chosen)
        self.browser.sourceChanged.connect(self._source_changed)

        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addWidget(self.find_field, 1)
        bar.addWidget(self.find_next)
        bar.addWidget(self.find_previous)
        splitter = QSplitter()
        splitter.setObjectName("helpSplitter")
        splitter.addWidget(self.topics)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(480, 360)
        self.resize(900, 600)

    def _tool(self, icon, text: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        return button

    def show_topic(self, topic: str) -> None:
        if topic not in TOPICS:
            topic = "overview"
        self.browser.setSource(QUrl(f"{topic}.md"), QTextDocument.ResourceType.MarkdownResource)

    def _topic_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.browser.topic():
            self.show_topic(item.data(Qt.ItemDataRole.UserRole))

    def _source_changed(self, url: QUrl) -> None:
        topic = url.fileName()[:-3]  # the browser's source() is not yet the new one when this is emitted
        if self.language == "ar":  # every paragraph right to left, also those that start with a code ("X", "NA")
            cursor = QTextCursor(self.browser.document())
            cursor.select(QTextCursor.SelectionType.Document)
            block_format = QTextBlockFormat()
            block_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            cursor.mergeBlockFormat(block_format)
        for row in range(self.topics.count()):
            if self.topics.item(row).data(Qt.ItemDataRole.UserRole) == topic:
                self.topics.blockSignals(True)
                self.topics.setCurrentRow(row)
                self.topics.blockSignals(False)

    def find(self, text: str, backward: bool = False) -> bool:
        """Select the next (or previous) place of `text` in the page, from the top again at the end."""
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        found = self.browser.find(text, flags)
        if not found:
            self.find_field.setStyleSheet("background: #fde2e1;")
        else:
            self.find_field.setStyleSheet("")
        return found


# -- keyboard shortcuts -----------------------------------------------------------------------------


class ShortcutSheet(QDialog):
    """Every shortcut of the window's menus (read from its actions, so that new ones appear by themselves)
    and the keys of the views; to copy or print."""

    def __init__(self, window: QWidget, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        self.browser = QTextBrowser()
        self.browser.setObjectName("shortcutTable")
        self.browser.setHtml(self._html())
        copy_button = QPushButton(self.tr("Copy"))
        copy_button.setObjectName("copyShortcuts")
        copy_button.setToolTip(self.tr("Copy the list to paste it into a document."))
        copy_button.clicked.connect(self.copy)
        print_button = QPushButton(self.tr("Print…"))
        print_button.setObjectName("printShortcuts")
        print_button.clicked.connect(self.print_sheet)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(420, 320)
        self.resize(720, 560)

    def _html(self) -> str:
        parts = ["<table cellpadding='4' cellspacing='0' width='100%'>"]
        group = None
        for where, what, keys in self.rows:
            if where != group:
                group = where
                parts.append(f"<tr><td colspan='2'><h3>{html.escape(where)}</h3></td></tr>")
            parts.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>")
        parts.append("</table>")
        return "".join(parts)

    def text(self) -> str:
        lines, group = [], None
        for where, what, keys in self.rows:
            if where != group:
                group = where
                lines.append(("\n" if lines else "") + where)
            lines.append(f"{keys}\t{what}")
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.browser.document().print_(printer)


class ViewKeys(QObject):
    """The keys the views handle themselves (not menu actions), in the interface language. The matrix's value
    keys come from the matrix's own table of keys; tests/gui/test_help.py presses the others in the views."""

    def other(self) -> str:
        return self.tr("Other commands")

    def rows(self) -> list[tuple[str, str, str]]:
        from ui.views.matrix import KEY_VALUES

        matrix = self.tr("Implementation matrix")
        keys_by_value: dict[str, list[str]] = {}
        for key, value in KEY_VALUES.items():
            name = (
                "?"
                if key == Qt.Key.Key_Question
                else QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            )
            keys_by_value.setdefault(value, []).append(name)
        texts = {
            "X": self.tr("Set the selected cells to X (the step is taken)"),
            "?": self.tr("Set the selected cells to ? (references incomplete or not relevant)"),
            "NA": self.tr("Set the selected cells to NA (does not apply)"),
            "": self.tr("Empty the selected cells (no information)"),
        }
        rows = [(matrix, texts.get(value, value), " / ".join(names)) for value, names in keys_by_value.items()]
        native = QKeySequence.SequenceFormat.NativeText
        rows += [
            (matrix, self.tr("Go to the details of the field"), QKeySequence(Qt.Key.Key_Return).toString(native)),
            (matrix, self.tr("Apply the details of the field"), QKeySequence("Ctrl+Return").toString(native)),
            (matrix, self.tr("Next section"), QKeySequence("Ctrl+PgDown").toString(native)),
            (matrix, self.tr("Previous section"), QKeySequence("Ctrl+PgUp").toString(native)),
        ]
        lists = self.tr("Lists")
        rows += [
            (lists, self.tr("Edit the selected record"), QKeySequence(Qt.Key.Key_Return).toString(native)),
            (
                lists,
                self.tr("Delete the selected record"),
                QKeySequence(QKeySequence.StandardKey.Delete).toString(native),
            ),
        ]
        return rows


def _menu_rows(menu: QMenu, where: str, seen: set[int]) -> list[tuple[str, str, str]]:
    rows = []
    for action in menu.actions():
        if action.menu() is not None:
            rows += _menu_rows(action.menu(), where + " › " + plain(action.menu().title()), seen)
            continue
        keys = keys_text(action.shortcuts())
        if action.isSeparator() or not keys or id(action) in seen:
            continue
        seen.add(id(action))
        rows.append((where, plain(action.text()) or plain(action.toolTip()), keys))
    return rows


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every action with a shortcut in the window's menus, then its other actions,
    then the keys of the views."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is not None:
        for top in menu_bar().actions():
            if top.menu() is not None:
                rows += _menu_rows(top.menu(), plain(top.menu().title()), seen)
    for action in window.findChildren(QAction):
        keys = keys_text(action.shortcuts())
        if id(action) not in seen and keys and action.isVisible() and action.text():
            seen.add(id(action))
            rows.append((ViewKeys().other(), plain(action.text()), keys))
    return rows + ViewKeys().rows()


# -- wiring into the main window --------------------------------------------------------------------


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window


class HelpService(QObject):
    """Help › "Help for this view" (F1) and "Keyboard shortcuts"; F1 in a dialog opens that dialog's help;
    the tooltips of views and dialogs are set when they are first shown."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.help_window: HelpWindow | None = None
        self.sheet: ShortcutSheet | None = None
        self.context_action = QAction(self.tr("Help for this view"), window)
        self.context_action.setObjectName("helpContents")
        self.context_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
        self.context_action.triggered.connect(self.show_help)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setObjectName("keyboardShortcuts")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        tooltips.label_navigation(window)
        # Signals only (an event filter on the whole application would run Python for every event, and made
        # long test runs abort): a view gets its tooltips when it is first shown, a dialog when it takes focus.
        window.stack.currentChanged.connect(self._view_shown)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def main_window(self) -> MainWindow:
        """The window (its parent: no reference of our own, so that the window and this make no cycle that only
        Python's collector, in whatever thread, would free)."""
        return self.parent()  # type: ignore[return-value]

    def install(self, menu: QMenu) -> None:
        """Put the two entries at the top of the Help menu (About stays)."""
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.context_action)
        menu.insertAction(first, self.shortcuts_action)
        if first is not None:
            menu.insertSeparator(first)

    def current_topic(self) -> str:
        from ui.main_window import NAVIGATION

        row = self.main_window().navigation.currentRow()
        key = self.main_window().stack.currentWidget().property("navKey") or (
            NAVIGATION[row] if 0 <= row < len(NAVIGATION) else ""
        )
        return VIEW_TOPICS.get(str(key), "overview")

    def show_help(self, topic: str | None = None) -> HelpWindow:
        if self.help_window is None:
            self.help_window = HelpWindow(self.main_window().language, self.main_window())
        self.help_window.show_topic(topic if isinstance(topic, str) and topic else self.current_topic())
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def show_dialog_help(self, dialog: QWidget) -> HelpWindow:
        """The help of a (modal) dialog, in a window of that dialog so that it can be read while it is open."""
        window = HelpWindow(self.main_window().language, dialog)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show_topic(dialog_topic(dialog) or self.current_topic())
        window.show()
        return window

    def show_shortcuts(self) -> ShortcutSheet:
        if self.sheet is not None:
            self.sheet.deleteLater()
        self.sheet = ShortcutSheet(self.main_window())
        self.sheet.show()
        return self.sheet

    def _view_shown(self, _index: int) -> None:
        view = self.main_window().stack.currentWidget()
        if view is not None and view.property("navKey") is not None and not view.property("tooltipsSet"):
            view.setProperty("tooltipsSet", True)
            tooltips.apply(view)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A dialog of this window that takes focus for the first time: its tooltips, F1 for its help, its colours."""
        dialog = new.window() if new is not None else None
        if (
            not isinstance(dialog, QDialog)
            or isinstance(dialog, ShortcutSheet)
            or dialog.property("helpReady")
            or not _belongs_to(dialog, self.main_window())
        ):
            return
        dialog.setProperty("helpReady", True)
        retone(dialog)  # its labels' own colours, for a dark palette (a dialog is built after the theme was applied)
        tooltips.apply(dialog)
        shortcut = QShortcut(self.context_action.shortcut(), dialog)
        shortcut.setObjectName("dialogHelp")
        shortcut.activated.connect(lambda: self.show_dialog_help(dialog))
