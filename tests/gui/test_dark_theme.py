"""A dark system theme is respected: the style sheet, the overview's cards, the charts and the tables' colours turn
dark, every text stays legible (WCAG AA, 4.5:1), and a change of theme while running is followed."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from ui import style
from ui.style import DARK_TONES, TEXT_PAIRS, THEMES, apply_theme, dark_palette


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: str | QColor, b: str | QColor) -> float:
    la, lb = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture
def themed(qapp):
    """The application as run_gui themes it; afterwards, as the other tests expect it (no style sheet)."""
    palette, sheet = QPalette(qapp.palette()), qapp.styleSheet()
    yield qapp
    follower = qapp.findChild(style._ThemeFollower)
    if follower is not None:
        shiboken6.delete(follower)  # no more following: the next tests set their own palettes
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_text_of_the_style_sheet_is_legible(theme):
    colours = THEMES[theme]
    for text, background in TEXT_PAIRS:
        ratio = contrast(colours[text], colours[background])
        assert ratio >= 4.5, f"{theme}: {text} on {background} is {ratio:.2f}:1"


def test_dark_tones_of_texts_are_legible_on_the_dark_palette():
    base = dark_palette().color(QPalette.ColorRole.Base)
    text = dark_palette().color(QPalette.ColorRole.Text)
    for light, dark in DARK_TONES.items():
        if QColor(light).lightness() < 128:  # a text colour: legible on the dark background
            assert contrast(dark, base) >= 4.5, f"{dark} (for {light}) on the dark base"
        else:  # a background: the dark palette's text legible on it
            assert contrast(text, dark) >= 4.5, f"text on {dark} (for {light})"


def _is_dark(colour: QColor) -> bool:
    return colour.lightness() < 80


def test_a_dark_palette_turns_the_overview_and_charts_dark(qtbot, themed, demo_session):
    from ui.views.overview import OverviewView
    from ui.widgets.timeline import TimelinePanel

    themed.setPalette(dark_palette())
    assert apply_theme(themed) is True
    view = OverviewView(demo_session, "en")
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    assert _is_dark(image.pixelColor(8, 8)), "the page's background"
    card = view.findChild(QLabel, "cardValue").parentWidget()
    corner = card.mapTo(view, card.rect().topLeft())
    assert _is_dark(image.pixelColor(corner.x() + 6, corner.y() + 6)), "a card's background"
    assert card.findChild(QLabel, "cardValue").palette().color(QPalette.ColorRole.WindowText).lightness() > 150
    heat_map = view.heat_map.grab().toImage()
    blank = next(rect for rect, _s, _r, field in view.heat_map.squares if field["value"] == "")
    assert _is_dark(heat_map.pixelColor(blank.center())), "a blank square is not a light blot on a dark page"

    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.timeline.set_actions([], "priority", today="2025-07-01")
    panel.resize(800, 300)
    panel.show()
    qtbot.waitExposed(panel)
    timeline = panel.timeline.grab().toImage()
    assert _is_dark(timeline.pixelColor(timeline.width() // 2, timeline.height() - 3)), "the timeline's background"


def test_the_theme_follows_a_change_while_running(qtbot, themed):
    label = QLabel("Overdue")
    qtbot.addWidget(label)
    label.setStyleSheet("color: #b00020; font-weight: 600;")
    themed.setPalette(themed.style().standardPalette())
    assert apply_theme(themed) is False
    assert THEMES["light"]["page"] in themed.styleSheet()
    themed.setPalette(dark_palette())  # the system turns dark
    qtbot.waitUntil(lambda: THEMES["dark"]["page"] in themed.styleSheet())
    qtbot.waitUntil(lambda: DARK_TONES["#b00020"] in label.styleSheet())
    themed.setPalette(themed.style().standardPalette())  # and light again
    qtbot.waitUntil(lambda: THEMES["light"]["page"] in themed.styleSheet())
    assert "#b00020" in label.styleSheet()


def test_tables_colour_overdue_legibly_on_a_dark_palette(qtbot, themed, demo_session):
    from PySide6.QtCore import Qt

    from ui.models.action_tree_model import ActionTreeModel

    model = ActionTreeModel(demo_session)
    model.reload()
    group = next(r for r in range(model.rowCount()) if any(a["overdue"] for a in model.groups[r][1]))
    row = next(i for i, a in enumerate(model.groups[group][1]) if a["overdue"])
    index = model.index(row, 0, model.index(group, 0))
    light = model.data(index, Qt.ItemDataRole.ForegroundRole)
    themed.setPalette(dark_palette())
    dark = model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert contrast(light, "#ffffff") >= 4.5
    assert contrast(dark, dark_palette().color(QPalette.ColorRole.Base)) >= 4.5
    assert "overdue" in model.data(model.index(row, 4, model.index(group, 0))), "and said in words, not only in red"


def test_a_view_built_on_a_dark_palette_gets_the_dark_tones(qtbot, themed, session):
    from ui.main_window import MainWindow

    themed.setPalette(dark_palette())
    apply_theme(themed)
    window = MainWindow(session, "en")
    qtbot.addWidget(window)
    view = window.show_view("workbooks")
    sheets = " ".join(w.styleSheet() for w in view.findChildren(QLabel))
    assert "#5b6773" not in sheets and "#44515e" not in sheets
    assert DARK_TONES["#44515e"] in sheets


def test_a_dark_colour_scheme_with_a_light_palette_gets_the_dark_palette(qtbot, themed, monkeypatch):
    """Qt >= 6.5 tells the system's scheme (Windows 11, GNOME) even where the style's palette stays light."""
    from PySide6.QtCore import Qt

    themed.setPalette(themed.style().standardPalette())
    apply_theme(themed)
    monkeypatch.setattr(style, "system_colour_scheme", lambda app: Qt.ColorScheme.Dark)
    assert apply_theme(themed) is True
    assert themed.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert THEMES["dark"]["page"] in themed.styleSheet()
    monkeypatch.setattr(style, "system_colour_scheme", lambda app: Qt.ColorScheme.Light)
    assert apply_theme(themed) is False, "back to light: the dark palette was ours, it goes"
    assert themed.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    qtbot.waitUntil(lambda: THEMES["light"]["page"] in themed.styleSheet())


def test_a_dialog_opened_on_a_dark_palette_gets_the_dark_tones(qtbot, themed, demo_session, monkeypatch):
    """A form's written date and a workbook dialog's counter: built after the theme, they still read on dark."""
    from PySide6.QtWidgets import QDialog

    from ui.dialogs import forms
    from ui.dialogs.agency_workbook import NewWorkbookDialog
    from ui.main_window import MainWindow

    themed.setPalette(dark_palette())
    apply_theme(themed)
    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    window.show()
    sheets: dict[str, str] = {}

    def look(dialog: QDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: bool(dialog.property("helpReady")))  # it took the focus once
        sheets[type(dialog).__name__] = " ".join(w.styleSheet() for w in dialog.findChildren(QLabel))
        if isinstance(dialog, NewWorkbookDialog):
            dialog.note_edit.setPlainText("x" * 5000)  # over the limit: the counter turns red, a red for dark
            sheets["counter"] = dialog.note_count.styleSheet()
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look)
    forms.edit_action(demo_session, window, "en")
    NewWorkbookDialog(demo_session, "en", window).exec()
    assert "#5b6773" not in sheets["RecordFormDialog"] and DARK_TONES["#5b6773"] in sheets["RecordFormDialog"]
    assert DARK_TONES["#b00020"] in sheets["counter"] and "#b00020" not in sheets["counter"]
