"""Where the application keeps its files on the user's computer."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

from app import APP_NAME

DATABASE_FILE_NAME = "un1540.sqlite3"


def data_dir() -> Path:
    """The user's data folder for this application (UN1540_DATA_DIR overrides it, e.g. in tests)."""
    override = os.environ.get("UN1540_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The user's settings folder (UN1540_CONFIG_DIR overrides it)."""
    override = os.environ.get("UN1540_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def shipped_fonts_dir() -> Path:
    """The fonts that come with the application: the bundle's Chinese font, for PDFs and for the window on a computer
    without one (resources/fonts, written into the bundle by packaging/build.sh; a development copy has none)."""
    from importlib import resources

    return Path(str(resources.files("resources").joinpath("fonts")))


def default_database_path() -> Path:
    """The embedded default: one SQLite file in the user's data folder."""
    return data_dir() / DATABASE_FILE_NAME


def database_documents_dir(db_path: Path) -> Path:
    """The documents folder of the database file at `db_path`: `<file name>-documents` beside the file itself, a
    symbolic link to it followed, so that the database has one folder however it is opened (the naming is here,
    below both app.attachments, which keeps the documents, and app.outputs, which never writes into them)."""
    path = db_path
    if path.is_symlink():
        with contextlib.suppress(OSError, RuntimeError):  # a broken link or a loop: opening it will say so
            path = path.resolve(strict=True)
    return path.parent / f"{path.name}-documents"
