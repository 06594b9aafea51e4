"""The main window remembers how it was left: its size and place, the view shown, the panes, the columns, the filters.

One layout per user (not per database), in `layout.ini` in the user's settings folder (app.paths.config_dir: the
tests give each test its own), written with QSettings in INI format, never the Windows registry. It is saved when the
window closes or is replaced (language, digits or database switched: ui/application.py) and read back when the window
and each of its views (built lazily) are built. Splitters and the headers of tables and trees are found generically in
each view (findChildren) and keyed by their path of object names; filters are listed below by object name.

What is not remembered: the text typed in search boxes. A search is a question asked once, not a way of arranging the
window; brought back at the next start, it would hide records without the user knowing why.

Whatever is read is checked before use: a value that no longer fits (an agency deleted since, a section no longer in the
template, a table with a new column in a new version) is left at its default; a damaged file is ignored and rewritten.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QMenuBar,
    QSplitter,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from app.errors import DatabaseError, UserError
from app.paths import config_dir
from ui.widgets.fit import fit_to_screen

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FILE_NAME = "layout.ini"
VERSION = 1  # of the file's content: another version's file is ignored, not misread

# The filters and sort choices remembered, by view and object name: what a user sets to look at the same part of the
# work again (not the search texts, see above).
FILTERS: dict[str, tuple[str, ...]] = {
    "matrix": ("sectionTabs", "valueFilter", "sectionFilter", "weaponFilter", "agencyFilter", "withoutReference"),
    "action_plan": ("actionStatusFilter", "actionAgencyFilter", "timelineGroupBy"),
    "assistance": ("assistanceTabs", "requestStatusFilter"),
    "legislation": ("lawStatusFilter",),
}

# The window's size when nothing is remembered (as MainWindow sets it).
DEFAULT_SIZE = (1200, 780)


def layout_path() -> Path:
    return config_dir() / FILE_NAME


def _settings() -> QSettings:
    return QSettings(str(layout_path()), QSettings.Format.IniFormat)


def _object_path(widget: QWidget, top: QWidget) -> str | None:
    """The path of `widget` below `top`: each step its object name, or its class and rank among its siblings of that
    class when it has none; None for Qt's own inner widgets (a calendar's table, named qt_…)."""
    steps: list[str] = []
    current: QObject | None = widget
    while current is not None and current is not top:
        name = current.objectName()
        if name.startswith("qt_"):
            return None
        if not name:
            parent = current.parent()
            kind = type(current).__name__
            siblings = [c for c in parent.children() if type(c).__name__ == kind] if parent is not None else [current]
            name = f"{kind}{siblings.index(current)}"
        steps.append(name.replace("/", "_").replace(".", "_"))
        current = current.parent()
    if current is None:
        return None
    return ".".join(reversed(steps))


def _headers(view: QWidget) -> list[tuple[str, QAbstractItemView, QHeaderView]]:
    """The column headers of the tables and trees of `view`, each with its path (and column count, so that a table
    that gained a column in a new version starts from its defaults rather than hiding it)."""
    found = []
    for item_view in view.findChildren(QAbstractItemView):
        if isinstance(item_view, QTableView):
            header = item_view.horizontalHeader()
        elif isinstance(item_view, QTreeView):
            header = item_view.header()
        else:
            continue
        path = _object_path(item_view, view)
        if path is not None:
            found.append((f"{path}@{header.count()}", item_view, header))
    return found


def _splitters(view: QWidget) -> list[tuple[str, QSplitter]]:
    found = []
    for splitter in view.findChildren(QSplitter):
        path = _object_path(splitter, view)
        if path is not None:
            found.append((f"{path}@{splitter.count()}", splitter))
    return found


def _filter_widgets(key: str, view: QWidget) -> list[tuple[str, QWidget]]:
    found = []
    for name in FILTERS.get(key, ()):
        widget = view.findChild(QWidget, name)
        if widget is not None:
            found.append((name, widget))
    return found


def _filter_value(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return {"data": data} if data is None or isinstance(data, (str, int, float, bool)) else None
    if isinstance(widget, QCheckBox):
        return {"checked": widget.isChecked()}
    if isinstance(widget, (QTabBar, QTabWidget)):
        return {"index": widget.currentIndex()}
    return None


def _set_filter(widget: QWidget, value: Any) -> None:
    """Set a filter as remembered, if the value is still one it offers (an agency may have been deleted since)."""
    if not isinstance(value, dict):
        return
    if isinstance(widget, QComboBox) and "data" in value:
        for index in range(widget.count()):
            if widget.itemData(index) == value["data"]:
                widget.setCurrentIndex(index)
                return
    elif isinstance(widget, QCheckBox) and isinstance(value.get("checked"), bool):
        widget.setChecked(value["checked"])
    elif isinstance(widget, (QTabBar, QTabWidget)) and value.get("index") in range(widget.count()):
        widget.setCurrentIndex(value["index"])


def _bytes(value: Any) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def database_is_empty(ws) -> bool:
    """Nothing entered yet (a first start, a new database): the window then opens on its own first page."""
    from app import agencies, legal_instruments, matrix

    try:
        coverage = matrix.coverage_by_section(ws)["*"]
        answered = coverage.x + coverage.unsure + coverage.na
        return not answered and not agencies.list_agencies(ws) and not legal_instruments.list_legal_instruments(ws)
    except (UserError, DatabaseError, KeyError):
        return True


def on_screen(window: QWidget) -> None:
    """Bring `window` back within a screen if its geometry no longer fits the screens there are (a monitor unplugged,
    a smaller laptop): as large as remembered where the screen allows it, and wholly on it."""
    if window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry()
    # The frame's size is unknown until the window is first shown: room is left for it all the same.
    frame_w = max(frame.width() - window.width(), 16)
    frame_h = max(frame.height() - window.height(), 48)
    outer = QRect(frame.topLeft(), QSize(window.width() + frame_w, window.height() + frame_h))
    screens = QGuiApplication.screens()
    if not screens or any(screen.availableGeometry().contains(outer) for screen in screens):
        return
    screen = QGuiApplication.screenAt(outer.center()) or QGuiApplication.primaryScreen()
    area: QRect = screen.availableGeometry()
    window.resize(min(window.width(), area.width() - frame_w), min(window.height(), area.height() - frame_h))
    # As large as its minimum allows: then wholly on the screen, or at least its top left corner and title bar.
    x = max(area.left(), min(frame.left(), area.right() + 1 - window.width() - frame_w))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - window.height() - frame_h))
    window.move(x, y)


class _ColumnWidths(QObject):
    """Keeps the column widths of one table or tree as the user set them (by hand, or remembered from the last run)
    when its data is read again: the views then size their columns to the contents (ui/widgets/fit.py), which would
    undo them at the first change of the data."""

    def __init__(self, item_view: QAbstractItemView, header: QHeaderView, parent: QObject):
        super().__init__(parent)
        self.item_view, self.header = item_view, header
        self.model = item_view.model()
        self.widths: list[int] | None = None
        self._pressed: list[int] = []
        header.viewport().installEventFilter(self)
        if self.model is not None:
            self.model.modelReset.connect(lambda: QTimer.singleShot(0, self.apply))

    def _shown(self) -> list[int]:
        with contextlib.suppress(RuntimeError):  # the table is gone
            return [self.header.sectionSize(i) for i in range(self.header.count())]
        return []

    def keep(self) -> None:
        """The widths now shown are the user's."""
        self.widths = self._shown()

    def forget(self) -> None:
        self.widths = None

    def apply(self) -> None:
        with contextlib.suppress(RuntimeError):
            widths = self.widths
            if widths is None or self.item_view.model() is not self.model or len(widths) != self.header.count():
                return
            last = self.header.count() - 1
            for column, width in enumerate(widths):
                stretched = self.header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive or (
                    column == last and self.header.stretchLastSection()
                )
                if not stretched and not self.header.isSectionHidden(column):
                    self.header.resizeSection(column, width)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        # A column resized with the mouse: dragged (done when the button is released), or its edge double-clicked
        # (done by the header after this filter: read then).
        # A click that only sorts leaves the widths to the view.
        if event.type() == QEvent.Type.MouseButtonPress:
            self._pressed = self._shown()
        elif event.type() == QEvent.Type.MouseButtonRelease and self._shown() != self._pressed:
            self.keep()
        elif event.type() == QEvent.Type.MouseButtonDblClick:
            QTimer.singleShot(0, self.keep)
        return False


class LayoutMemory(QObject):
    """Saves and restores the layout of one main window; the window calls it when a view is built and when it
    closes, and offers View › Reset layout."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        # What each view looked like when built, before anything remembered was applied: Reset layout goes back to it.
        self._defaults: dict[str, dict[str, Any]] = {}
        self._widths: dict[str, list[_ColumnWidths]] = {}  # by view
        self._saved = self._read()

    # -- reading ----------------------------------------------------------------------------------
    def _read(self) -> dict[str, Any]:
        """What layout.ini holds; a damaged or foreign file gives nothing (and is removed: the next save rewrites it)."""
        path = layout_path()
        if not path.exists():
            return {}
        settings = _settings()
        try:
            if settings.status() != QSettings.Status.NoError or str(settings.value("version")) != str(VERSION):
                raise ValueError("not a layout file of this version")
            views = json.loads(str(settings.value("views", "{}")))
            if not isinstance(views, dict):
                raise ValueError("views")
            return {
                "geometry": _bytes(settings.value("window/geometry")),
                "state": _bytes(settings.value("window/state")),
                "view": str(settings.value("window/view", "")),
                "views": views,
            }
        except (ValueError, TypeError):
            with contextlib.suppress(OSError):
                path.unlink()
            return {}

    # -- restoring --------------------------------------------------------------------------------
    def restore_window(self) -> None:
        """Size, place, maximised or not, and the view last shown (not on an empty database: its first page)."""
        saved = self._saved
        if saved.get("geometry") is not None and self.window.restoreGeometry(saved["geometry"]):
            on_screen(self.window)
        if saved.get("state") is not None:
            self.window.restoreState(saved["state"])
        from ui.main_window import NAVIGATION

        view = saved.get("view")
        if view in NAVIGATION and view != NAVIGATION[0] and not database_is_empty(self.window.session.workspace):
            self.window.show_view(view)

    def view_built(self, key: str, view: QWidget) -> None:
        """A view was just built: note its defaults, then apply what was remembered of it."""
        self._defaults[key] = self._capture(key, view)
        self._widths[key] = [_ColumnWidths(item_view, header, self) for _path, item_view, header in _headers(view)]
        remembered = self._saved.get("views", {}).get(key)
        if isinstance(remembered, dict):
            try:
                restored = self._apply(key, view, remembered)
            except (TypeError, ValueError, OverflowError):  # a file edited by hand: the view keeps its defaults
                self._apply(key, view, self._defaults[key])
            else:
                for widths in self._widths[key]:
                    if widths.header in restored:
                        widths.keep()

    def _capture(self, key: str, view: QWidget) -> dict[str, Any]:
        return {
            "filters": {name: _filter_value(widget) for name, widget in _filter_widgets(key, view)},
            "splitters": {path: bytes(s.saveState().toBase64()).decode() for path, s in _splitters(view)},
            "headers": {path: bytes(h.saveState().toBase64()).decode() for path, _v, h in _headers(view)},
        }

    def _apply(self, key: str, view: QWidget, layout: dict[str, Any]) -> list[QHeaderView]:
        """Apply `layout` to `view`; return the headers whose columns it set."""
        restored: list[QHeaderView] = []
        # Filters first: a section tab rebuilds the matrix table, whose columns come next.
        filters = layout.get("filters")
        if isinstance(filters, dict):
            for name, widget in _filter_widgets(key, view):
                _set_filter(widget, filters.get(name))
        splitters = layout.get("splitters")
        if isinstance(splitters, dict):
            for path, splitter in _splitters(view):
                if isinstance(splitters.get(path), str):
                    splitter.restoreState(QByteArray.fromBase64(splitters[path].encode()))
        headers = layout.get("headers")
        if isinstance(headers, dict):
            for path, item_view, header in _headers(view):  # the path holds the column count: same columns only
                if not isinstance(headers.get(path), str):
                    continue
                if header.restoreState(QByteArray.fromBase64(headers[path].encode())):
                    restored.append(header)
                    section = header.sortIndicatorSection()
                    sortable = isinstance(item_view, (QTableView, QTreeView)) and item_view.isSortingEnabled()
                    if sortable and 0 <= section < header.count():
                        item_view.sortByColumn(section, header.sortIndicatorOrder())
        return restored

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        """Write the layout of the window and of the views built (those not built keep what was remembered of them).
        A settings folder that cannot be written loses only the layout: nothing is said, the work is safe."""
        from ui.main_window import NAVIGATION

        views = dict(self._saved.get("views", {}))
        for key, view in list(self.window.views.items()):
            views[key] = self._capture(key, view)
        row = self.window.navigation.currentRow()
        with contextlib.suppress(OSError):
            layout_path().parent.mkdir(parents=True, exist_ok=True)
        settings = _settings()
        settings.clear()
        settings.setValue("version", VERSION)
        settings.setValue("window/geometry", self.window.saveGeometry())
        settings.setValue("window/state", self.window.saveState())
        settings.setValue("window/view", NAVIGATION[row] if 0 <= row < len(NAVIGATION) else NAVIGATION[0])
        settings.setValue("views", json.dumps(views))
        settings.sync()
        self._saved = self._read()

    # -- resetting --------------------------------------------------------------------------------
    def build_menu(self, menu_bar: QMenuBar) -> None:
        """View › Reset layout, between Edit and Go."""
        menu = menu_bar.addMenu(self.tr("&View"))
        menu.setObjectName("viewMenu")
        action = QAction(self.tr("&Reset layout"), self.window)
        action.setObjectName("resetLayout")
        action.triggered.connect(self.reset)
        menu.addAction(action)

    def reset(self) -> None:
        """Back to the default size, panes, columns, filters and first view, at once; the saved layout is removed."""
        with contextlib.suppress(OSError):
            layout_path().unlink(missing_ok=True)
        self._saved = {}
        self.window.showNormal()
        fit_to_screen(self.window, *DEFAULT_SIZE)
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            frame = self.window.frameGeometry()
            frame.moveCenter(screen.availableGeometry().center())
            self.window.move(frame.topLeft())
        for key, view in list(self.window.views.items()):
            for widths in self._widths.get(key, ()):
                widths.forget()
            if key in self._defaults:
                self._apply(key, view, self._defaults[key])
        self.window.navigation.setCurrentRow(0)
        self.window.statusBar().showMessage(
            self.tr("The layout was reset: window size, panes, columns and filters are as at first start."), 6000
        )
