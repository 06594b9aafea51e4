"""The GUI's handle on the open workspace: runs domain operations and says what changed.

Every write goes through `run` (or `undo` / `redo`): the operation returns a `Changes`, and `changed`
carries it to every view and widget. Each of them names the kinds of record it shows (its `SHOWS`)
and reloads only when `changes.touches(SHOWS)`, and only what it shows. No view tells another one
what happened: the signal does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app import undo as domain_undo
from app.changes import Changes
from app.workspace import Workspace

T = TypeVar("T")


class Session(QObject):
    """Wraps the Workspace; views call domain operations through `run` and listen to `changed`."""

    changed = Signal(object)  # a Changes: what one operation, undo or redo changed

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace

    def run(self, operation: Callable[..., Changes[T]], *args: Any, **kwargs: Any) -> Changes[T]:
        """Run a domain write operation; when it changed something, announce its `Changes`.

        Domain errors propagate to the caller (nothing was changed then). Returns the `Changes`, whose
        `value` (or `id`) is the operation's own result (the id of a created record, ...)."""
        changes = operation(self.workspace, *args, **kwargs)
        if not isinstance(changes, Changes):
            raise TypeError(
                f"{getattr(operation, '__name__', operation)!r} is not a write operation: it returned "
                f"{type(changes).__name__}, not Changes"
            )
        if changes:
            self.changed.emit(changes)
        return changes

    def undo(self, expected: int | None = None) -> Changes[Any]:
        """Take back the newest step (`expected`: the one the interface offered). Raises `UndoRefused`."""
        changes = domain_undo.undo(self.workspace, expected)
        self.changed.emit(changes)
        return changes

    def redo(self, expected: int | None = None) -> Changes[Any]:
        """Do again the step undone last. Raises `UndoRefused`."""
        changes = domain_undo.redo(self.workspace, expected)
        self.changed.emit(changes)
        return changes

    def replace_workspace(self, workspace: Workspace) -> None:
        """Go on with another open workspace (the database was restored or reopened): everything changed."""
        self.workspace = workspace
        self.everything_changed()

    def everything_changed(self) -> None:
        self.changed.emit(Changes.of_everything())

    def read(self, operation: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return operation(self.workspace, *args, **kwargs)
