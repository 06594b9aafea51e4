"""No clipped text in the main views at 1366×768, right to left: with UN1540_PSEUDO=rtl (every string mirrored) and
in Arabic. Every view of the main window (and each tab of a view) is shown; every visible label, button, group box
title and table header section must be at least as wide as its text needs."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QTabWidget,
    QWidget,
)

from ui.i18n import install_language
from ui.main_window import NAVIGATION, MainWindow
from ui.style import STYLE_SHEET, application_style

WIDTH, HEIGHT = 1366, 768
SLACK = 1  # a pixel of rounding


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&")


def _widest_line(metrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label_problem(label: QLabel) -> str | None:
    text = _plain(label.text()) if label.buddy() is not None else label.text()  # with a buddy, "&" marks a mnemonic
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        return None  # laid out by a text document, which wraps it
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    metrics = label.fontMetrics()
    if label.wordWrap():
        longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        if longest > room + SLACK:
            return f"a word {longest}px in {room}px"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped to {needed}px high in {label.height()}px"
        return None
    needed = _widest_line(metrics, text)
    return f"{needed}px of text in {room}px" if needed > room + SLACK else None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    needed = _widest_line(button.fontMetrics(), text)
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        needed += 4  # Fusion's own spacing inside the contents
    elif isinstance(button, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else (QStyle.SubElement.SE_RadioButtonContents)
        )
        room = button.style().subElementRect(element, option, button).width()
    else:
        return None  # tool buttons show icons; tabs are checked by their bar
    return f"{needed}px of text in {room}px" if needed > room + SLACK else None


def _group_problem(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    room = box.width() - 2 * box.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin, option, box)
    needed = box.fontMetrics().horizontalAdvance(_plain(box.title()))
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
    return f"title {needed}px in {room}px" if needed > room + SLACK else None


def _header_problems(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal or header.isHidden() or header.model() is None:
        return []
    found = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = header.model().headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = _widest_line(header.fontMetrics(), str(text)) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        if header.sectionSize(section) + SLACK < needed:
            found.append(f"column {text!r}: {header.sectionSize(section)}px, {needed}px needed")
    return found


def _shown(widget: QWidget, window: QWidget) -> bool:
    if not widget.isVisible() or widget.width() <= 0:
        return False
    where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return where.intersects(window.rect())


def clipped_texts(window: QWidget) -> list[str]:
    """What a user sees cut in `window` as it is now: one line per widget."""
    found = []

    def name(widget: QWidget) -> str:
        return f"{type(widget).__name__} {widget.objectName() or ''}".strip()

    for label in window.findChildren(QLabel):
        if _shown(label, window) and (problem := _label_problem(label)):
            found.append(f"{name(label)} {label.text()[:50]!r}: {problem}")
    for button in window.findChildren(QAbstractButton):
        if _shown(button, window) and (problem := _button_problem(button)):
            found.append(f"{name(button)} {button.text()[:50]!r}: {problem}")
    for box in window.findChildren(QGroupBox):
        if _shown(box, window) and (problem := _group_problem(box)):
            found.append(f"{name(box)} {box.title()[:50]!r}: {problem}")
    for header in window.findChildren(QHeaderView):
        if _shown(header, window):
            found.extend(f"{name(header.parentWidget())} {problem}" for problem in _header_problems(header))
    return found


def walk(window: MainWindow):
    """Show every view, and every tab of each view, in turn; yield a name for each state shown."""
    for key in NAVIGATION:
        view = window.show_view(key)
        QApplication.processEvents()
        yield key
        for tabs in view.findChildren(QTabWidget):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield f"{key} / {_plain(tabs.tabText(index))}"
            tabs.setCurrentIndex(0)


@pytest.fixture(params=["pseudo-rtl", "ar"])
def right_to_left(request, qapp, english, monkeypatch):
    style, sheet = qapp.style().name(), qapp.styleSheet()
    qapp.setStyle(application_style())
    qapp.setStyleSheet(STYLE_SHEET)  # as run_gui does: its paddings and fonts take room
    if request.param == "pseudo-rtl":
        monkeypatch.setenv("UN1540_PSEUDO", "rtl")
        install_language(qapp, "en")
        language = "en"
    else:
        install_language(qapp, "ar")
        language = "ar"
    yield language
    monkeypatch.delenv("UN1540_PSEUDO", raising=False)
    install_language(qapp, "en")
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


def test_the_main_views_show_every_text_whole_at_1366x768(qtbot, demo_session, right_to_left):
    window = MainWindow(demo_session, right_to_left)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for shown in walk(window):
        if window.width() > WIDTH or window.height() > HEIGHT:
            problems.append(f"{shown}: the window needs {window.width()}×{window.height()}")
            window.resize(WIDTH, HEIGHT)
        problems.extend(f"{shown}: {problem}" for problem in clipped_texts(window))
    assert not problems, f"{len(problems)} clipped:\n" + "\n".join(problems)


def test_the_check_sees_a_cut_label_button_group_title_and_column(qtbot, english):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    cut, whole = QLabel("Signature, ratification, entry into force"), QLabel("Yes")
    wrapped = QLabel("Internationalisation-et-localisation " * 3)
    wrapped.setWordWrap(True)
    button = QPushButton("Propose actions for selected gaps")
    box = QGroupBox("Documents (note verbale, acknowledgement, offer…)")
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Date of the one-year follow-up", "Status"])
    table = QTableView()
    table.setModel(model)
    for widget in (cut, whole, wrapped, button, box, table):
        layout.addWidget(widget)
        widget.setFixedWidth(120)
    table.setFixedWidth(400)
    table.setColumnWidth(0, 60)
    window.show()
    qtbot.waitExposed(window)
    found = "\n".join(clipped_texts(window))
    assert "'Signature, ratification" in found and "'Yes'" not in found
    assert "Internationalisation" in found and "a word" in found
    assert "'Propose actions" in found and "'Documents (note verbale" in found
    assert "column 'Date of the one-year follow-up'" in found and "column 'Status'" not in found


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_a_row_of_buttons_wraps_in_the_reading_direction_rather_than_widening_the_window(qtbot, direction):
    from ui.widgets.flow import FlowLayout

    window = QWidget()
    qtbot.addWidget(window)
    window.setLayoutDirection(direction)
    row = FlowLayout(window)
    buttons = [QPushButton(f"Action number {n}…") for n in range(6)]
    for button in buttons:
        row.addWidget(button)
    wide = sum(button.sizeHint().width() for button in buttons)
    assert window.minimumSizeHint().width() < wide / 3, "no wider than its widest button"
    window.resize(wide // 2, 200)
    window.show()
    qtbot.waitExposed(window)
    first, second, last = buttons[0].geometry(), buttons[1].geometry(), buttons[-1].geometry()
    assert last.top() > first.top(), "on more than one line"
    assert all(window.rect().contains(button.geometry()) for button in buttons), "every button whole"
    if direction == Qt.LayoutDirection.RightToLeft:
        assert second.right() < first.left() and first.right() > window.width() - 20, "from the right"
    else:
        assert second.left() > first.right() and first.left() < 20
