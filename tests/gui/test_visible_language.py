"""Every view of the main window, walked in each UN language: no interface text is left in English.

What a user sees is read from the widgets themselves (labels, buttons, group boxes, tabs, combo boxes, headers
and cells of tables and trees, placeholders, tooltips, menus, the navigation and the window title). The data
of the training State (names, titles and remarks as typed, some in English) is set aside first: it is shown as
it was written. What remains must not be an English message of the interface, and, in Arabic, Chinese and
Russian, must not hold a word in Latin letters other than the codes and names every language keeps (PDF,
Excel, NPT's "X" and "NA" values...)."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.gui.dialogs import open_every_dialog_in
from ui.i18n import LANGUAGE_NAMES, bundled_ts, install_language
from ui.main_window import NAVIGATION, MainWindow

# Words in Latin letters that stay as they are in every language: names of formats, programs, codes of the
# matrix (values X, ?, NA; weapons NW/CW/BW; operative paragraphs OP), units and the application's name.
KEPT = {
    "PDF", "Excel", "xlsx", "pdf", "un1540", "UN1540", "SQLite", "sqlite3", "WAL", "DELETE", "Qt", "Linguist",
    "X", "NA", "OP", "NW", "CW", "BW", "ISO", "KB", "MB", "GB", "kB", "Ctrl", "Shift", "Z", "Y", "A", "B", "C",
    "ts", "json", "UN", "CSV", "Focal", "Point", "ID", "Enter", "Delete", "Del", "PgUp", "PgDown", "Esc", "Tab",
    "YYYY", "MM", "DD", "YYYY-MM-DD", "A-D", "B-D", "USB", "OK",
}  # fmt: skip
# English words of the interface that Spanish and French never write as such (the check for those languages).
ENGLISH = {
    "the", "and", "of", "to", "with", "for", "from", "this", "that", "is", "are", "was", "not", "all", "none", "new",
    "add", "edit", "delete", "remove", "save", "cancel", "close", "open", "export", "import", "search", "show",
    "field", "fields", "law", "laws", "agency", "agencies", "request", "requests", "provider", "providers",
    "status", "settings", "overview", "backup", "restore", "report", "reports", "workbook", "workbooks",
    "pending", "sent", "received", "done", "planned", "ongoing", "draft", "submitted", "language", "data",
    "Add", "Edit", "Delete", "Remove", "Save", "Cancel", "Close", "Open", "Export", "Import", "Search", "Show",
    "Overview", "Matrix", "Assistance", "Legislation", "Agencies", "Workbooks", "Reports", "Settings", "Status",
    "Title", "Name", "Due", "Owner", "Priority", "Requests", "Offers", "Providers", "Help",
    "File", "Undo", "Redo", "View", "Back", "up", "Language", "Apply", "Law", "Laws", "Field", "Fields",
}  # fmt: skip
LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’-]*[A-Za-zÀ-ɏ]|[A-Za-zÀ-ɏ]")
ACCELERATOR = re.compile(r"\(&\w\)|&(?=\w)")  # "&File", Chinese "文件(&F)"


def _data_strings(db_path) -> set[str]:
    """Every text the training State holds, as typed (shown as it is, in whatever language it was written)."""
    texts: set[str] = set()
    with sqlite3.connect(db_path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):  # test-only read of our own schema's table names
                texts.update(v for v in row if isinstance(v, str) and len(v) > 1)
    return texts


def _shown_as_is(session) -> tuple[list[str], set[str]]:
    """What is data whatever the language (the State's own records, the database's path, languages named in
    themselves), longest first, and the Latin words it holds."""
    path = session.workspace.path
    data = sorted(_data_strings(path) | {str(path), str(path.parent)} | set(LANGUAGE_NAMES.values()), key=len)[::-1]
    return data, {w for value in data for w in LATIN_WORD.findall(value)}


def _strip_markup(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")


def _model_texts(view: QAbstractItemView, limit: int = 40) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    for section in range(model.columnCount()):
        texts.append(str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""))

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), limit)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
            if depth < 2:
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        if action.menu():
            texts.extend(_menu_texts(action.menu()))
    return texts


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a user can read in `root` as it is shown now."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        texts: list[str] = [widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(_strip_markup(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            texts.extend(_model_texts(widget))
        found.extend((where, t) for t in texts if t and t.strip())
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            if action.menu():
                found.extend(("menu", t) for t in _menu_texts(action.menu()) if t)
    return found


def _english_messages(lang: str) -> list[re.Pattern[str]]:
    """The English source of every interface message whose translation in `lang` differs from it, as a pattern
    matching the whole text with its placeholders filled in."""
    patterns = []
    for context in ET.fromstring(bundled_ts(lang) or "<TS/>").iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            forms = [f.text or "" for f in node.findall("numerusform")] if node is not None else []
            translations = forms or [node.text or "" if node is not None else ""]
            words = [w for w in LATIN_WORD.findall(re.sub(r"<[^>]+>|%\d|%n", " ", source)) if len(w) > 2]
            if len(words) < 2 or source in translations:
                continue
            body = re.escape(ACCELERATOR.sub("", source))
            body = re.sub(r"%\d|%n|\\\(s\\\)", ".*", body).replace(re.escape("(s)"), ".*")
            patterns.append(re.compile(body, re.DOTALL))
    return patterns


PATH = re.compile(r"[/\\][^\s\u2069)）]+")  # a folder or file on this computer, shown as it is


def _without_data(text: str, data: list[str]) -> str:
    text = PATH.sub(" ", text)
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text


def _offending_words(text: str, lang: str, data_words: set[str]) -> list[str]:
    # A long value of the data shown shortened ("… armes nucléai…") ends on a cut word: the start of a word of the data.
    cut = {w for w in re.findall(r"([A-Za-zÀ-ɏ'’-]+)…", text) if any(d.startswith(w) for d in data_words)}
    words = [w for w in LATIN_WORD.findall(text) if w not in cut]
    if lang in ("ar", "zh", "ru"):
        return [w for w in words if len(w) > 1 and w not in KEPT and w not in data_words]
    return [w for w in words if w in ENGLISH and w not in data_words]


@pytest.mark.parametrize("lang", ["ar", "zh", "ru", "es", "fr"])
def test_every_view_speaks_the_language_and_shows_no_english_interface_text(qtbot, qapp, demo_session, lang):
    data, data_words = _shown_as_is(demo_session)
    english = _english_messages(lang)
    install_language(qapp, lang)
    problems: list[str] = []
    try:
        window = MainWindow(demo_session, lang)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for key in NAVIGATION:
            window.show_view(key)
            qtbot.wait(10)
            for where, text in visible_texts(window):
                plain = ACCELERATOR.sub("", text).strip()
                shown = _without_data(plain, data)
                if any(p.fullmatch(plain) for p in english):
                    problems.append(f"{key} / {where}: English message {text!r}")
                    continue
                words = _offending_words(shown, lang, data_words)
                if words:
                    problems.append(f"{key} / {where}: {words} in {text!r}")
    finally:
        install_language(qapp, "en")
    unique = sorted(set(problems))
    assert not unique, f"{len(unique)} English text(s) in {lang}:\n" + "\n".join(unique[:40])


@pytest.mark.parametrize("lang", ["ar", "zh", "ru", "es"])
def test_every_main_dialog_speaks_the_language(qtbot, qapp, demo_session, monkeypatch, lang):
    from PySide6.QtWidgets import QDialog

    data, data_words = _shown_as_is(demo_session)
    english = _english_messages(lang)
    problems: list[str] = []
    opened: list[str] = []

    def look(dialog: QDialog) -> int:
        dialog.show()
        qtbot.wait(5)
        opened.append(type(dialog).__name__)
        for where, text in visible_texts(dialog):
            plain = ACCELERATOR.sub("", text).strip()
            if any(p.fullmatch(plain) for p in english):
                problems.append(f"{type(dialog).__name__} / {where}: English message {text!r}")
                continue
            words = _offending_words(_without_data(plain, data), lang, data_words)
            if words:
                problems.append(f"{type(dialog).__name__} / {where}: {words} in {text!r}")
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look)
    open_every_dialog_in(qtbot, qapp, demo_session, lang)
    assert len(opened) >= 24, opened
    unique = sorted(set(problems))
    assert not unique, f"{len(unique)} English text(s) in {lang} dialogs:\n" + "\n".join(unique[:40])
