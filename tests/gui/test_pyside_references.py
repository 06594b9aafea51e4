"""The Qt binding installed keeps its references: PySide6 6.12.0 dropped a reference to None each time a signal handed
a null pointer to a Python slot (QApplication.focusChanged when the focus leaves a window, currentItemChanged with no
previous item), and the application aborted with "deallocating None" after a few thousand focus changes. The help's
F1 and tooltips for dialogs listen to focusChanged; pyproject.toml excludes that version."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class _Emitter(QObject):
    moved = Signal(QWidget, QWidget)


def test_a_signal_carrying_no_widget_to_a_python_slot_keeps_none_alive(qapp):
    emitter = _Emitter()
    received: list[tuple] = []
    emitter.moved.connect(lambda old, new: received.append((old, new)))
    emitter.moved.emit(None, None)  # the first call may create what the binding keeps
    received.clear()
    before = sys.getrefcount(None)
    for _ in range(500):
        emitter.moved.emit(None, None)
    after = sys.getrefcount(None)
    assert received[-1] == (None, None) and len(received) == 500
    assert after >= before, f"the binding dropped {before - after} references to None in 500 signals"
