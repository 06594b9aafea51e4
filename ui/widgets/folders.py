"""The folder a file dialog starts in: the last one used in this session for the same purpose (the preferences keep
none), else the user's documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last: dict[str, str] = {}  # purpose ("reports", "workbooks") -> the folder of the last file written or read


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def start_folder(key: str) -> str:
    """The folder remembered under `key` if it still exists, else the documents folder."""
    folder = _last.get(key, "")
    return folder if folder and Path(folder).is_dir() else documents_folder()


def remember_folder(key: str, path: str | Path) -> None:
    """Remember the folder of the file `path` (written or read) for the next dialog of the same `key`."""
    _last[key] = str(Path(path).parent)
