"""The application's look: a calm, legible style on top of Qt's Fusion style."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOptionComboBox, QStyleOptionViewItem

STYLE_SHEET = """
QListWidget#navigation {
    background: #1f3b57; color: #e9eef4; border: none; font-size: 14px; padding-top: 8px;
}
QListWidget#navigation::item { padding: 10px 14px; border: none; }
QListWidget#navigation::item:selected { background: #2f5d88; color: white; }
QListWidget#navigation::item:hover:!selected { background: #284a6d; }
QLabel#stateName { font-size: 24px; font-weight: 600; color: #1f3b57; }
QLabel#viewHeading { font-size: 20px; font-weight: 600; color: #1f3b57; }
QLabel#trainingBadge { background: #fff3cd; color: #7a5b00; border: 1px solid #e6c766;
    border-radius: 4px; padding: 2px 8px; }
QLabel#focalPoint { color: #44515e; font-size: 14px; }
QFrame#card { background: white; border: 1px solid #d8dee5; border-radius: 6px; }
QLabel#cardValue { font-size: 22px; font-weight: 600; color: #1f3b57; }
QLabel#cardCaption { color: #5b6773; }
QFrame#panel { background: white; border: 1px solid #d8dee5; border-radius: 6px; }
QLabel#panelHeading { font-size: 15px; font-weight: 600; color: #1f3b57; }
QLabel#fieldCaption { color: #5b6773; }
QLabel#coverageFigures { color: #44515e; }
QWidget#overviewBody { background: #f4f6f8; }
QGroupBox { font-weight: 600; }
QTableView:focus, QTreeView:focus { border: 2px solid #2f6fb0; }  /* where the keyboard is (ui/keyboard.py) */
"""


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
