"""The main window as the user has it: shown and active (its Edit menu's shortcuts, Ctrl+Z, work only then)."""

from __future__ import annotations


def active_window(qtbot, session, language: str = "en"):
    """The main window on `session`, shown and active."""
    from ui.main_window import MainWindow

    window = MainWindow(session, language)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
