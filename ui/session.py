"""The GUI's handle on the open workspace: runs domain operations and says what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.changes import Changes
from app.workspace import Workspace

T = TypeVar("T")


class Session(QObject):
    """Wraps the Workspace; views call domain operations through `apply` and listen to `changed`.

    `changed` carries the name of what changed (agency, point_of_contact, state_profile, ...), so
    each view refreshes only when the change concerns it.
    """

    changed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace

    def apply(self, entity: str, operation: Callable[..., Any], *args, **kwargs) -> Any:
        """Run a domain write; on success announce it. Domain errors propagate to the caller.

        Operations return `Changes`; the caller gets the operation's own result (`Changes.value`)."""
        result = operation(self.workspace, *args, **kwargs)
        self.changed.emit(entity)
        return result.value if isinstance(result, Changes) else result

    def read(self, operation: Callable[..., T], *args, **kwargs) -> T:
        return operation(self.workspace, *args, **kwargs)
