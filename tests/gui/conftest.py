"""Fixtures for GUI tests: a session on a fresh or training database, and a way to answer dialogs."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.workspace import Workspace
from ui.i18n import install_language
from ui.session import Session


@pytest.fixture(autouse=True)
def _qt_garbage_collected_in_the_gui_thread():
    """Qt objects a test left in reference cycles (models, sessions, widgets) are destroyed at its end, in
    the GUI thread. Otherwise the cyclic collector runs whenever some thread allocates, e.g. a later test's
    export thread, and a Qt object destroyed there crashes the process (seen once: a segmentation fault)."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _no_remembered_folders(monkeypatch):
    """File dialogs start where this test's own dialogs left them, never in another test's folder."""
    from ui.widgets import folders

    monkeypatch.setattr(folders, "_last", {})


@pytest.fixture
def english(qapp):
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


@pytest.fixture
def session(db_path, english):
    ws = Workspace.open(db_path)
    yield Session(ws)
    ws.close()


@pytest.fixture
def training_db(demo_db, tmp_path) -> Path:
    """A copy of the training State this test may change (tmp_path / "training.sqlite3")."""
    return Path(shutil.copy(demo_db, tmp_path / "training.sqlite3"))  # the session-wide file is closed: safe to copy


@pytest.fixture
def demo_session(training_db, english):
    ws = Workspace.open(training_db)
    yield Session(ws)
    ws.close()


@pytest.fixture
def answer_dialog(qtbot):
    """Run `action(dialog)` on the next modal dialog, as a user would act on it once it shows.

    With `name`, wait for the dialog of that object name (when dialogs follow one another).
    A dialog that never shows (within `tries` looks, 20 ms apart: 30 s, ample on a loaded machine)
    fails the test instead of hanging it; a failure inside `action` closes the dialog so the test
    ends and reports it."""
    armed: list[dict] = []

    def arm(action, name: str | None = None, tries: int = 1500):
        state = {"name": name, "ran": False}
        armed.append(state)

        def act(left=tries):
            dialog = QApplication.activeModalWidget()
            if dialog is None or (name is not None and dialog.objectName() != name):
                if left > 0:
                    QTimer.singleShot(20, lambda: act(left - 1))
                elif dialog is not None:
                    dialog.done(0)  # another dialog is in the way: close it so the test can end
                return
            state["ran"] = True
            try:
                action(dialog)
            except BaseException:
                if dialog.isVisible():
                    dialog.done(0)
                raise

        QTimer.singleShot(0, act)

    yield arm
    missing = [state["name"] or "a dialog" for state in armed if not state["ran"]]
    assert not missing, f"expected dialog(s) never showed: {missing}"


@pytest.fixture
def answer_questions(monkeypatch):
    """Answer every QMessageBox.question with `button` and record the questions asked."""
    asked: list[str] = []

    def install(button=QMessageBox.StandardButton.Yes):
        def fake(parent, title, text, *args, **kwargs):
            asked.append(text)
            return button

        monkeypatch.setattr(QMessageBox, "question", staticmethod(fake))
        return asked

    return install


@pytest.fixture
def save_as(monkeypatch):
    """Answer every save dialog with the next path given; record what each dialog proposed."""
    proposed: list[str] = []
    answers: list[Path] = []

    def fake(parent, caption="", directory="", *args, **kwargs):
        proposed.append(directory)
        return (str(answers.pop(0)), "") if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))

    def arm(*paths: Path) -> list[str]:
        answers.extend(paths)
        return proposed

    return arm


@pytest.fixture
def open_file(monkeypatch):
    """Answer every open dialog with the next path given; record the dialogs' titles."""
    titles: list[str] = []
    answers: list[Path] = []

    def fake(parent, caption="", directory="", *args, **kwargs):
        titles.append(caption)
        return (str(answers.pop(0)), "") if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))

    def arm(*paths: Path) -> list[str]:
        answers.extend(paths)
        return titles

    return arm


@pytest.fixture
def main_window(qtbot, session):
    from tests.gui.windows import active_window

    return active_window(qtbot, session)


@pytest.fixture
def window(qtbot, session):
    """The main window on an empty database, shown at 1280×720."""
    from ui.main_window import MainWindow

    window = MainWindow(session, "en")
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window
