"""Fixtures for GUI tests: a session on a fresh or training database, and a way to answer dialogs."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.workspace import Workspace
from ui.i18n import install_language
from ui.session import Session


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
def demo_session(demo_db, tmp_path, english):
    copy = tmp_path / "training.sqlite3"
    shutil.copy(demo_db, copy)  # the session-wide file is closed; copying a closed file is safe
    ws = Workspace.open(copy)
    yield Session(ws)
    ws.close()


@pytest.fixture
def answer_dialog(qtbot):
    """Run `action(dialog)` on the next modal dialog, as a user would act on it once it shows.

    With `name`, wait for the dialog of that object name (when dialogs follow one another)."""

    def arm(action, name: str | None = None):
        def act():
            dialog = QApplication.activeModalWidget()
            if dialog is None or (name is not None and dialog.objectName() != name):
                QTimer.singleShot(20, act)
                return
            action(dialog)

        QTimer.singleShot(0, act)

    return arm


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
