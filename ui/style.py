"""The application's look: a calm, legible style on top of Qt's Fusion style."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

# The colours of the style sheet, light and dark; every text colour meets WCAG AA (4.5:1) on its background
# (TEXT_PAIRS, checked by tests/gui/test_dark_theme.py).
THEMES = {
    "light": {
        "nav_bg": "#1f3b57",
        "nav_text": "#e9eef4",
        "nav_selected_bg": "#2f5d88",
        "nav_selected_text": "#ffffff",
        "nav_hover": "#284a6d",
        "heading": "#1f3b57",
        "badge_bg": "#fff3cd",
        "badge_text": "#7a5b00",
        "badge_border": "#e6c766",
        "focal": "#44515e",
        "card_bg": "#ffffff",
        "border": "#d8dee5",
        "caption": "#5b6773",
        "page": "#f4f6f8",
    },
    "dark": {
        "nav_bg": "#141c25",
        "nav_text": "#dce4ec",
        "nav_selected_bg": "#2f5d88",
        "nav_selected_text": "#ffffff",
        "nav_hover": "#223244",
        "heading": "#9cc3ea",
        "badge_bg": "#4a3b00",
        "badge_text": "#ffe08a",
        "badge_border": "#6b5400",
        "focal": "#c3ccd6",
        "card_bg": "#262b31",
        "border": "#3a424b",
        "caption": "#aeb8c4",
        "page": "#1d2125",
    },
}
# (text, background) pairs of the style sheet: what must be legible.
TEXT_PAIRS = (
    ("nav_text", "nav_bg"),
    ("nav_text", "nav_hover"),
    ("nav_selected_text", "nav_selected_bg"),
    ("heading", "page"),
    ("heading", "card_bg"),
    ("badge_text", "badge_bg"),
    ("focal", "page"),
    ("caption", "card_bg"),
    ("caption", "page"),
)

_SHEET = """
QListWidget#navigation {
    background: %(nav_bg)s; color: %(nav_text)s; border: none; font-size: 14px; padding-top: 8px;
}
QListWidget#navigation::item { padding: 10px 14px; border: none; }
QListWidget#navigation::item:selected { background: %(nav_selected_bg)s; color: %(nav_selected_text)s; }
QListWidget#navigation::item:hover:!selected { background: %(nav_hover)s; }
QLabel#stateName { font-size: 24px; font-weight: 600; color: %(heading)s; }
QLabel#viewHeading { font-size: 20px; font-weight: 600; color: %(heading)s; }
QLabel#trainingBadge { background: %(badge_bg)s; color: %(badge_text)s; border: 1px solid %(badge_border)s;
    border-radius: 4px; padding: 2px 8px; }
QLabel#focalPoint { color: %(focal)s; font-size: 14px; }
QFrame#card { background: %(card_bg)s; border: 1px solid %(border)s; border-radius: 6px; }
QLabel#cardValue { font-size: 22px; font-weight: 600; color: %(heading)s; }
QLabel#cardCaption { color: %(caption)s; }
QFrame#panel { background: %(card_bg)s; border: 1px solid %(border)s; border-radius: 6px; }
QLabel#panelHeading { font-size: 15px; font-weight: 600; color: %(heading)s; }
QLabel#fieldCaption { color: %(caption)s; }
QLabel#coverageFigures { color: %(focal)s; }
QWidget#overviewBody { background: %(page)s; }
QGroupBox { font-weight: 600; }
QTableView:focus, QTreeView:focus { border: 2px solid #2f6fb0; }  /* where the keyboard is (ui/keyboard.py) */
"""


def style_sheet(dark: bool = False) -> str:
    """The application's style sheet, for a light or a dark palette."""
    return _SHEET % THEMES["dark" if dark else "light"]


STYLE_SHEET = style_sheet(dark=False)


# The colours the views, dialogs and models write for a light background, and what they become on a dark one:
# a table's overdue text, a value's cell, a label's own style sheet (BidiStyle.polish swaps them as it shows).
DARK_TONES = {
    "#1f3b57": "#9cc3ea",  # headings (welcome page, guided tour)
    "#b00020": "#ff8a96",  # overdue, attention, errors
    "#9a1f1f": "#ff9a9a",  # a repealed law
    "#8a4b00": "#ffb870",
    "#1f5c3a": "#7fd6a6",
    "#7a5b00": "#ffe08a",
    "#5b6773": "#aeb8c4",
    "#44515e": "#c3ccd6",
    "#6b7580": "#9aa4ae",
    "#fff3cd": "#4a3b00",
    "#e6c766": "#6b5400",
    "#fdecea": "#4a1f1f",
    "#f2b8b5": "#8a3a3a",
    "#fde7c8": "#4d3a1a",
    "#d6efe4": "#1f4536",  # the matrix's cells: X, ?, NA, absent
    "#fbecc2": "#4d3d0f",
    "#e4e6e9": "#3a3f45",
    "#f1f2f4": "#2a2e33",
}
_LIGHT_TONES = {dark: light for light, dark in DARK_TONES.items()}


def tone(colour: str, dark: bool | None = None) -> QColor:
    """`colour` (written for a light background) as it shows on the current palette, light or dark."""
    if dark is None:
        dark = palette_is_dark(QGuiApplication.palette())
    return QColor(DARK_TONES.get(colour, colour) if dark else colour)


def themed_sheet(sheet: str, dark: bool) -> str:
    """A widget's own style sheet with its colours for a dark (or back for a light) background."""
    for source, target in (DARK_TONES if dark else _LIGHT_TONES).items():
        sheet = sheet.replace(source, target)
    return sheet


def _retone(widget: QWidget, dark: bool) -> None:
    sheet = widget.styleSheet()
    if sheet:
        themed = themed_sheet(sheet, dark)
        if themed != sheet:
            widget.setStyleSheet(themed)


def retone(root: QWidget) -> None:
    """Give `root` and its children that have their own style sheet the colours of the current palette (a view or
    dialog built after the theme was applied; PySide cannot override QStyle.polish safely to do it as they show)."""
    dark = palette_is_dark(QGuiApplication.palette())
    for widget in (root, *root.findChildren(QWidget)):
        _retone(widget, dark)


def dark_palette() -> QPalette:
    """A dark palette for Fusion, used when the system asks for a dark scheme but gives a light palette."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#1b1e22",
        QPalette.ColorRole.AlternateBase: "#262a2f",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2b2f34",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#2f6db3",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b2f34",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Light: "#3c4046",
        QPalette.ColorRole.Midlight: "#33373c",
        QPalette.ColorRole.Mid: "#2a2d31",
        QPalette.ColorRole.Dark: "#141618",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def system_colour_scheme(app: QGuiApplication) -> Qt.ColorScheme | None:
    """The colour scheme the system asks for (Qt >= 6.5; None before)."""
    hints = app.styleHints()
    return hints.colorScheme() if hasattr(hints, "colorScheme") else None


class _ThemeFollower(QObject):
    """Applies the theme again when the system's colour scheme or the application's palette changes."""

    def __init__(self, app: QGuiApplication):
        super().__init__(app)
        self.app = app
        self.forced = False  # whether the dark palette is ours (the system asked for dark, its palette was light)
        self.pending = False
        app.paletteChanged.connect(self.schedule)
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt >= 6.5
            hints.colorSchemeChanged.connect(self.schedule)

    def schedule(self, *_):
        if not self.pending:
            self.pending = True
            QTimer.singleShot(0, self, self.apply)

    def apply(self) -> bool:
        self.pending = False
        app = self.app
        scheme = system_colour_scheme(app)
        if scheme == Qt.ColorScheme.Light and self.forced:
            self.forced = False
            app.setPalette(app.style().standardPalette() if isinstance(app, QApplication) else QPalette())
        dark = scheme == Qt.ColorScheme.Dark or palette_is_dark(app.palette())
        if dark and not palette_is_dark(app.palette()):
            self.forced = True
            app.setPalette(dark_palette())
        sheet = style_sheet(dark)
        if isinstance(app, QApplication) and app.styleSheet() != sheet:
            app.setStyleSheet(sheet)
            for widget in app.allWidgets():  # labels with their own colours (errors, notes)
                _retone(widget, dark)
        return dark


def apply_theme(app: QGuiApplication) -> bool:
    """Give `app` the light or dark look, as the system's colour scheme (Qt >= 6.5) or the palette is, and follow
    a change of either while the application runs; return whether the look is dark."""
    follower = app.findChild(_ThemeFollower)
    if follower is None:
        follower = _ThemeFollower(app)
    return follower.apply()


class BidiStyle(QProxyStyle):
    """Fusion, with text of either script shown right in a right-to-left interface.

    A combo box draws its current text unelided, aligned to its leading edge: right to left, a long Latin name ran
    off the left edge and the user saw its end ("…of Radioactive Sources"); it is elided at its own end here, in
    both directions. Right to left, the text of a combo box and of every table, tree and list cell is isolated
    (FSI…PDI) so that a Latin title keeps its numbering, parentheses and ellipsis where they belong
    ("1. Nuclear Non-Proliferation Treaty (NPT)", not "Nuclear Non-Proliferation Treaty (NPT) .1")."""

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802 (Qt API)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        if element == QStyle.ControlElement.CE_ComboBoxLabel and isinstance(option, QStyleOptionComboBox):
            option = QStyleOptionComboBox(option)
            text = _isolated(option.currentText) if rtl else option.currentText
            field = self.subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
            )
            room = field.width() - 2 - (option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0)
            option.currentText = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))
        elif rtl and element == QStyle.ControlElement.CE_ItemViewItem and isinstance(option, QStyleOptionViewItem):
            option = QStyleOptionViewItem(option)
            option.text = _isolated(option.text)
        super().drawControl(element, option, painter, widget)


def _isolated(text: str) -> str:
    # Each line on its own: a cell of several lines is laid out line by line.
    return "\n".join("\u2068" + line + "\u2069" if line else line for line in text.split("\n"))


def application_style() -> QStyle:
    """The style run_gui gives the application: Fusion, with BidiStyle's care for right to left."""
    return BidiStyle(QStyleFactory.create("Fusion"))
