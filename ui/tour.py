"""A short guided tour of the main views: each step shows a view, outlines its entry in the navigation and says in
one or two sentences what it is for. Next / Back / Skip, keyboard-usable (Enter, arrows, Esc), shown once at the
first start (app.preferences: tour_seen) and replayable from Help › Guided tour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import preferences
from ui import formats
from ui.style import retone

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PANEL_WIDTH = 440


class GuidedTour(QFrame):
    """The tour's panel, over the lower trailing corner of the main window's views."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("guidedTour")
        self.window_ = window
        self.setStyleSheet(
            "QFrame#guidedTour { background: #fffdf5; border: 2px solid #e0a100; border-radius: 8px; }"
            "QLabel#tourTitle { font-size: 16px; font-weight: 600; color: #1f3b57; }"
            "QLabel#tourCounter { color: #5b6773; }"
        )
        # (navigation key, what it is for): the title of a step is the view's name in the navigation.
        self.steps: list[tuple[str, str]] = [
            (
                "overview",
                self.tr(
                    "The State at a glance: how much of the matrix is answered, what is overdue, the recent changes. "
                    "While the database is empty, it shows where to start."
                ),
            ),
            (
                "matrix",
                self.tr(
                    "The Committee's matrix, section by section. Type X, ?, N or Delete in a cell; Enter opens the "
                    "field to cite the laws that back the answer."
                ),
            ),
            (
                "legislation",
                self.tr("The national laws register: add each law once, then cite it from the fields of the matrix."),
            ),
            (
                "action_plan",
                self.tr(
                    "The National Implementation Action Plan: priorities, the actions that close the gaps of the "
                    "matrix, and their timeline."
                ),
            ),
            (
                "assistance",
                self.tr(
                    "Assistance requests on the Committee's template, and the providers and offers that can meet them."
                ),
            ),
            (
                "workbooks",
                self.tr("Send an agency an Excel workbook of the fields it answers for, then import its reply."),
            ),
            (
                "reports",
                self.tr(
                    "Export the national report, the matrix and the plan as PDF and Excel in the six UN languages. "
                    "Help › Guided tour shows this tour again."
                ),
            ),
        ]
        self.index = 0
        self.counter = QLabel()
        self.counter.setObjectName("tourCounter")
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("tourBack")
        self.next_button = QPushButton()
        self.next_button.setObjectName("tourNext")
        self.next_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("Skip the tour"))
        self.skip_button.setObjectName("tourSkip")
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.skip_button.clicked.connect(self.close)
        for key, slot in (
            (Qt.Key.Key_Escape, self.close),
            (Qt.Key.Key_Right if not self.isRightToLeft() else Qt.Key.Key_Left, self.next),
            (Qt.Key.Key_Left if not self.isRightToLeft() else Qt.Key.Key_Right, self.back),
            (Qt.Key.Key_Return, self.next),
            (Qt.Key.Key_Enter, self.next),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        # The navigation entry of the step, outlined (the view itself is shown).
        self.outline = QFrame(window)
        self.outline.setObjectName("tourOutline")
        self.outline.setStyleSheet("QFrame#tourOutline { border: 3px solid #e0a100; background: transparent; }")
        self.outline.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._follower = _Follower(self)
        window.installEventFilter(self._follower)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- steps ---------------------------------------------------------------------------------------
    def start(self) -> None:
        self.go(0)
        self.show()
        self.outline.show()
        self.next_button.setFocus()

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        key, text = self.steps[self.index]
        self.window_.show_view(key)
        row = self.window_.navigation.currentRow()
        self.title.setText(self.window_.navigation.item(row).text())
        self.text.setText(text)
        self.counter.setText(
            self.tr("Step %1 of %2")
            .replace("%1", formats.number(self.index + 1, self.window_.language))
            .replace("%2", formats.number(len(self.steps), self.window_.language))
        )
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.place()

    def next(self) -> None:
        if self.index == len(self.steps) - 1:
            self.close()
        else:
            self.go(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self.go(self.index - 1)

    # -- placement -----------------------------------------------------------------------------------
    def place(self) -> None:
        """In the lower trailing corner of the views (left in a right-to-left layout), no wider than they are;
        the outline around the step's navigation entry."""
        window = self.window_
        stack = window.stack
        area = QRect(stack.mapTo(window, QPoint(0, 0)), stack.size())
        width = max(200, min(PANEL_WIDTH, area.width() - 32))
        self.setFixedWidth(width)
        height = min(self.layout().totalHeightForWidth(width), max(120, area.height() - 32))
        x = area.left() + 16 if self.isRightToLeft() else area.right() - 16 - width
        self.setGeometry(x, area.bottom() - 16 - height, width, height)
        navigation = window.navigation
        item = navigation.item(navigation.currentRow())
        if item is not None:
            rect = navigation.visualItemRect(item)
            self.outline.setGeometry(QRect(navigation.viewport().mapTo(window, rect.topLeft()), rect.size()))
        self.outline.raise_()
        self.raise_()

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.outline.hide()
        self.window_.removeEventFilter(self._follower)
        super().closeEvent(event)


class _Follower(QObject):
    """Keeps the tour in its place when the window is resized."""

    def __init__(self, tour: GuidedTour):
        super().__init__(tour)
        self.tour = tour

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and self.tour.isVisible():
            self.tour.place()
        return False


def start_tour(window: MainWindow) -> GuidedTour:
    """Show the tour from its first step (Help › Guided tour); one at a time."""
    old: QWidget | None = getattr(window, "tour", None)
    if old is not None:
        old.close()
        old.deleteLater()
    tour = GuidedTour(window)
    window.tour = tour  # type: ignore[attr-defined]
    retone(tour)  # its title's own colour, for a dark palette
    tour.start()
    return tour


def show_tour_once(window: MainWindow, prefs: preferences.Preferences, save) -> GuidedTour | None:
    """At the first start (the language and the State chosen, the window painted): the tour, once. It is remembered as
    seen as soon as it shows, whatever the user then does with it; `save` writes the preferences."""
    if prefs.tour_seen:
        return None
    prefs.tour_seen = True
    save()
    return start_tour(window)
