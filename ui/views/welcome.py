"""The welcome page: where a new focal point starts, shown on the Overview instead of its figures while the
database holds nothing of the State yet (app.overview.is_empty)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app import state_profile
from app.changes import Changes
from app.overview import is_empty
from ui.session import Session

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.views.overview import OverviewView

STYLE = """
QFrame#welcomePage { background: white; border: 1px solid #d8dee5; border-radius: 6px; }
QLabel#welcomeHeading { font-size: 20px; font-weight: 600; color: #1f3b57; }
QPushButton[welcomeAction="true"] { font-size: 15px; font-weight: 600; padding: 10px 16px; text-align: left; }
QLabel#welcomeExplanation { color: #44515e; }
"""


class WelcomePage(QFrame):
    """Four large ways to start, each explained in one line, and the State profile while it is not set."""

    committee_requested = Signal()  # import the State's matrix as the Committee published it
    matrix_requested = Signal()  # fill in the matrix
    training_requested = Signal()  # open the training State
    restore_requested = Signal()  # restore a package from the predecessor
    profile_requested = Signal()  # set the State profile

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(self.tr("Where to start"))
        heading.setObjectName("welcomeHeading")
        heading.setWordWrap(True)
        intro = QLabel(
            self.tr("This database holds nothing of the State yet. Choose how to begin; you can do the others later.")
        )
        intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        actions = (
            (
                "profile",
                self.tr("Set the State profile…"),
                self.tr("Name the State, its focal point and the dates of its reports to the Committee."),
                self.profile_requested,
            ),
            (
                "committee",
                self.tr("Start from the Committee's matrix…"),
                self.tr("Import the State's matrix as the Committee published it (an Excel workbook in its layout)."),
                self.committee_requested,
            ),
            (
                "matrix",
                self.tr("Fill in the matrix"),
                self.tr("Answer the matrix field by field: X, ?, NA, with the laws that back each answer."),
                self.matrix_requested,
            ),
            (
                "training",
                self.tr("Open the training State"),
                self.tr("Explore a fictional State filled in for workshops; your own database is not changed."),
                self.training_requested,
            ),
            (
                "restore",
                self.tr("Restore a package from your predecessor…"),
                self.tr("Take over the work from the package (.un1540) your predecessor handed over."),
                self.restore_requested,
            ),
        )
        self.explanations: dict[str, QLabel] = {}
        for row, (key, title, explanation, signal) in enumerate(actions):
            button = QPushButton(title)
            button.setObjectName(f"welcome_{key}")
            button.setProperty("welcomeAction", True)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(signal)
            label = QLabel(explanation)
            label.setObjectName("welcomeExplanation")
            label.setWordWrap(True)
            label.setBuddy(button)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
            self.buttons[key] = button
            self.explanations[key] = label
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

    def show_profile_action(self, shown: bool) -> None:
        self.buttons["profile"].setVisible(shown)
        self.explanations["profile"].setVisible(shown)


class Welcome:
    """Shows the welcome page on an Overview in place of its figures while the database is empty, and the figures
    as soon as something of the State is there."""

    def __init__(self, overview: OverviewView, session: Session, connect: Callable[[WelcomePage], None]):
        self.overview, self.session = overview, session
        self._page: WelcomePage | None = None
        self._connect = connect
        self.layout = overview.widget().layout()
        session.changed.connect(self._on_changed)
        self.refresh()

    @property
    def page(self) -> WelcomePage:
        """The page, built the first time it is needed (a State's database never shows it: start-up skips it)."""
        if self._page is None:
            self._page = WelcomePage()
            self._page.hide()
            self.layout.insertWidget(1, self._page)  # under the header (the State's name, "Edit profile…")
            self._connect(self._page)
        return self._page

    def _on_changed(self, _changes: Changes) -> None:
        self.refresh()

    def figures(self) -> list[QWidget]:
        """The Overview's widgets after the header and the welcome page (once built): its figures, panels and lists."""
        found: list[QWidget] = []
        for index in range(2 if self._page is not None else 1, self.layout.count()):
            item = self.layout.itemAt(index)
            if item.widget() is not None:
                found.append(item.widget())
            elif item.layout() is not None:
                inner = item.layout()
                found += [inner.itemAt(i).widget() for i in range(inner.count()) if inner.itemAt(i).widget()]
        return found

    def refresh(self) -> None:
        empty = self.session.read(is_empty)
        if empty or self._page is not None:
            self.page.show_profile_action(not self.session.read(state_profile.is_set_up))
            self.page.setVisible(empty)
        for widget in self.figures():
            widget.setVisible(not empty)


def attach_welcome(overview: OverviewView, window: MainWindow) -> Welcome:
    """Put the welcome page on the window's Overview and connect its actions to what the window already does."""

    def connect(page: WelcomePage) -> None:
        page.committee_requested.connect(lambda: window.show_view("workbooks").import_workbook("committee"))
        page.matrix_requested.connect(lambda: window.show_view("matrix"))
        page.training_requested.connect(window.training_requested)
        page.restore_requested.connect(window.choose_restore)
        page.profile_requested.connect(overview.edit_profile)

    welcome = Welcome(overview, window.session, connect)
    overview.welcome = welcome  # kept alive with the view
    return welcome
