"""Exports in the background: one thread per export, with its own database connection (SQLite
connections stay in the thread that opened them), cancellable; and the exports still running when the
application quits, which it waits for."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from app.errors import UserError
from app.exports import service
from app.exports.service import ExportCancelled
from app.workspace import Workspace

log = logging.getLogger(__name__)


class ExportThread(QThread):
    """One export, in its own thread with its own connection to the database.

    `gate(stage)`, when given, is called in this thread each time the export reaches a stage, once
    the stage is announced: tests hold the export there (the application passes none).
    """

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(str, bool)  # message, unexpected
    was_cancelled = Signal()

    def __init__(
        self,
        db_path: Path,
        kind: str,
        fmt: str,
        lang: str,
        out: Path,
        *,
        request_id: int | None,
        scope: str,
        gate: Callable[[str], None] | None = None,
    ):
        super().__init__()
        self.db_path, self.kind, self.fmt, self.lang, self.out = db_path, kind, fmt, lang, out
        self.request_id, self.scope = request_id, scope
        self.gate = gate
        self.cancel_event = threading.Event()

    def _progress(self, stage: str, done: int, total: int) -> None:  # in the worker thread
        self.progressed.emit(stage, done, total)
        if self.gate is not None:
            self.gate(stage)

    def run(self) -> None:  # in the worker thread
        ws = None
        try:
            ws = Workspace.open(self.db_path, source="gui")
            result = service.export_document(
                ws,
                self.kind,
                self.fmt,
                self.lang,
                self.out,
                request_id=self.request_id,
                scope=self.scope,
                progress=self._progress,
                cancelled=self.cancel_event.is_set,
            )
        except ExportCancelled:
            self.was_cancelled.emit()
        except UserError as exc:
            self.failed.emit(str(exc), False)
        except Exception as exc:  # a bug or the system (memory, disk): say it in one line, log the details
            log.exception("export failed")
            self.failed.emit(str(exc) or type(exc).__name__, True)
        else:
            self.succeeded.emit(result)
        finally:
            if ws is not None:
                ws.close()


# Exports still running are kept here (not by their view) so that closing a window or rebuilding
# it in another language never destroys a running thread; quitting waits for them to stop.
_RUNNING: set[ExportThread] = set()


def _stop_running_exports() -> None:
    for thread in list(_RUNNING):
        thread.cancel_event.set()
    for thread in list(_RUNNING):
        thread.wait(30000)
