"""Every view and every dialog fits a 1280×720 laptop screen (with its taskbar: a minimum size of at most 1280×660), in
the six languages and the long pseudo-translation (every string 40 % longer); a dialog never opens larger than the
screen; at 150 % scaling (a Full HD laptop: 1280×720 logical pixels) the window and the dialogs still fit."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QScrollArea, QTabBar, QWidget

import ui
from tests.gui.dialogs import open_every_dialog
from ui.i18n import install_language
from ui.main_window import NAVIGATION, MainWindow
from ui.style import STYLE_SHEET, application_style
from ui.widgets.fit import NAVIGATION_WIDTH

LIMIT_WIDTH, LIMIT_HEIGHT = 1280, 660  # a 1280×720 screen less its taskbar
SCREEN_HEIGHT = 680  # the height a dialog may open at on that screen (720 less a 40-pixel taskbar)
ROOT = Path(__file__).resolve().parents[2]


def _too_big(what: str, width: int, height: int, max_width: int, max_height: int) -> str | None:
    if width > max_width or height > max_height:
        return f"{what}: {width}×{height} (at most {max_width}×{max_height})"
    return None


def _cut_parts(view: QWidget, where: str) -> list[str]:
    """What a window of 1280×660 cuts in `view`: tabs squeezed out of their bar (behind its scroll buttons), a pane
    wider than the scroll area that shows it and never scrolls sideways."""
    cut = []
    for bar in view.findChildren(QTabBar):
        if bar.isVisible() and any(not bar.rect().contains(bar.tabRect(i)) for i in range(bar.count())):
            tabs = [bar.tabText(i) for i in range(bar.count()) if not bar.rect().contains(bar.tabRect(i))]
            cut.append(f"{where}: tabs {tabs} do not fit their bar ({bar.width()} px)")
    for area in view.findChildren(QScrollArea):
        never_sideways = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        content = area.widget()
        if area.isVisible() and never_sideways and content is not None and content.width() > area.viewport().width():
            cut.append(f"{where}: {area.objectName()} cuts {area.widget().width() - area.viewport().width()} px")
    return cut


def _inside_scroll_area(widget: QWidget, dialog: QDialog) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _minimum(widget: QWidget):
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


@pytest.fixture(params=["en", "fr", "ar", "zh", "ru", "es", "long"])
def language(request, qapp, monkeypatch):
    """A language of the interface; "long" is English with UN1540_PSEUDO=long. With the style run_gui gives the
    application: its paddings and fonts take room."""
    style, sheet = qapp.style().name(), qapp.styleSheet()
    qapp.setStyle(application_style())
    qapp.setStyleSheet(STYLE_SHEET)
    lang = request.param
    if lang == "long":
        monkeypatch.setenv("UN1540_PSEUDO", "long")
        lang = "en"
    else:
        monkeypatch.delenv("UN1540_PSEUDO", raising=False)
    install_language(qapp, lang)
    yield lang
    monkeypatch.delenv("UN1540_PSEUDO", raising=False)
    install_language(qapp, "en")
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


def test_every_view_and_dialog_fits_a_1280_by_720_screen(qtbot, qapp, demo_session, monkeypatch, language):
    name = os.environ.get("UN1540_PSEUDO") or language
    problems: list[str] = []
    window = MainWindow(demo_session, language)
    qtbot.addWidget(window)
    window.show()
    window.resize(LIMIT_WIDTH, LIMIT_HEIGHT)
    if window.navigation.width() > NAVIGATION_WIDTH:  # leaves the views their room; long entries on two lines
        problems.append(f"{name} navigation: {window.navigation.width()} px wide (at most {NAVIGATION_WIDTH})")
    for key in NAVIGATION:  # the window's minimum is the largest over the views already built: all of them
        window.show_view(key)
        qtbot.wait(1)
        size = _minimum(window)
        problems.append(_too_big(f"{name} window on {key}", size.width(), size.height(), LIMIT_WIDTH, LIMIT_HEIGHT))
        problems.extend(_cut_parts(window.views[key], f"{name} {key}"))

    opened: list[str] = []

    def look(dialog: QDialog) -> int:
        dialog.show()
        qtbot.wait(1)
        what = f"{name} {type(dialog).__name__} ({dialog.windowTitle()})"
        opened.append(what)
        size = _minimum(dialog)
        problems.append(_too_big(what + " minimum", size.width(), size.height(), LIMIT_WIDTH, LIMIT_HEIGHT))
        area = dialog.screen().availableGeometry()
        problems.append(
            _too_big(
                what + " opens at",
                dialog.width(),
                dialog.height(),
                min(area.width(), LIMIT_WIDTH),
                min(area.height(), SCREEN_HEIGHT),
            )
        )
        for box in dialog.findChildren(QDialogButtonBox):  # Save / Cancel on screen, never scrolled away
            where = QRect(box.mapTo(dialog, QPoint(0, 0)), box.size())
            if box.isVisible() and (not dialog.rect().contains(where) or _inside_scroll_area(box, dialog)):
                problems.append(f"{what}: its buttons are off the dialog or scroll with the form")
        form = getattr(dialog, "form", None)
        for row in range(form.rowCount() if isinstance(form, QFormLayout) else 0):  # a long label wraps, uncut
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.isVisible() and label.height() < label.heightForWidth(label.width()):
                problems.append(f"{what}: the label {label.text()!r} is cut ({label.width()}×{label.height()} px)")
        for scroll in dialog.findChildren(QScrollArea):  # a form scrolls up and down, never sideways
            if scroll.isVisible() and scroll.horizontalScrollBar().maximum() > 0:
                problems.append(f"{what}: scrolls {scroll.horizontalScrollBar().maximum()} px sideways")
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look)
    open_every_dialog(demo_session, language, window)
    assert len(opened) >= 24, opened
    found = [p for p in problems if p]
    assert not found, f"{len(found)} view(s) or dialog(s) too large:\n" + "\n".join(found)


def _dialog_classes() -> set[type]:
    """Every QDialog subclass defined in the ui package."""
    classes: set[type] = set()
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        loaded = importlib.import_module(module.name)
        for _, cls in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == loaded.__name__:
                classes.add(cls)
    return classes


def test_the_size_checks_open_every_dialog_of_the_application(qtbot, qapp, demo_session, monkeypatch, english):
    """A new dialog must be added to tests/gui/dialogs.py, or it would escape the size and language checks."""
    opened: set[type] = set()

    def look(dialog: QDialog) -> int:
        opened.add(type(dialog))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look)
    parent = QWidget()
    qtbot.addWidget(parent)
    open_every_dialog(demo_session, "en", parent)
    defined = _dialog_classes()
    assert len(defined) >= 12, defined
    missing = sorted(f"{cls.__module__}.{cls.__name__}" for cls in defined - opened)
    assert not missing, f"dialogs that tests/gui/dialogs.py does not open: {missing}"


def _screen_config(tmp_path: Path, width: int, height: int) -> str:
    config = tmp_path / "screen.json"
    config.write_text(
        f'{{"screens": [{{"name": "laptop", "x": 0, "y": 0, "width": {width}, "height": {height}, "logicalDpi": 96}}]}}'
    )
    return f"offscreen:configfile={config}"


@pytest.mark.parametrize(("scale", "width", "height", "lang"), [("1.5", 1920, 1080, "ru")])
def test_at_150_percent_on_a_full_hd_laptop_everything_fits(tmp_path, scale, width, height, lang):
    """QT_SCALE_FACTOR is read when the application starts: measured in another process (bench/fit.py), in the
    long pseudo-translation of the language, on a screen of 1280×720 logical pixels."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=_screen_config(tmp_path, width, height),
        QT_SCALE_FACTOR=scale,
        UN1540_PSEUDO="long",
        UN1540_DATA_DIR=str(tmp_path / "data"),
        UN1540_CONFIG_DIR=str(tmp_path / "config"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "fit.py"), lang],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    out = run.stdout
    assert f"screen {round(width / float(scale))}x{round(height / float(scale))} " in out, out + run.stderr
    assert run.returncode == 0 and "0 size(s) over the limits" in out, out + run.stderr


def test_a_long_section_name_wraps_and_clicking_it_ticks_its_box(qtbot, qapp, demo_session):
    """The workbook dialog in Russian: the sections' names go on two or three lines instead of making the dialog
    1,101 px wide, and remain what the user clicks to tick or untick a section."""
    from PySide6.QtCore import QPoint

    from ui.dialogs.agency_workbook import NewWorkbookDialog

    install_language(qapp, "ru")
    try:
        dialog = NewWorkbookDialog(demo_session, "ru")
        qtbot.addWidget(dialog)
        dialog.resize(620, dialog.height())
        dialog.show()
        qtbot.waitExposed(dialog)
        box = dialog.section_boxes["D"]
        text = dialog.findChild(QLabel, box.objectName() + "Text")
        assert text is not None and "Раздел D" in text.text() and box.accessibleName() == text.text()
        assert text.height() >= 2 * text.fontMetrics().height(), "the section's name is on one line"
        assert dialog.width() <= 800
        qtbot.mouseClick(text, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert not box.isChecked()
        qtbot.mouseClick(text, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert box.isChecked()
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize(("key", "essential"), [("matrix", "matrixTable"), ("assistance", "requestTable")])
def test_the_essential_pane_of_a_split_view_cannot_be_dragged_out_of_sight(
    qtbot, demo_session, english, key, essential
):
    from PySide6.QtWidgets import QSplitter

    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    window.resize(LIMIT_WIDTH, LIMIT_HEIGHT)
    window.show()
    view = window.show_view(key)
    splitter = next(s for s in view.findChildren(QSplitter) if s.orientation() == Qt.Orientation.Horizontal)
    splitter.setSizes([0, 5000])  # as far as a user can drag the handle
    qtbot.wait(1)
    assert splitter.sizes()[0] > 0
    table = next(w for w in splitter.widget(0).findChildren(QWidget) if w.objectName() == essential)
    assert table.isVisible() and table.width() > 0
