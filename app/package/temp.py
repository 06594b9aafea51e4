"""Private temporary folders for packages being written, opened or restored, and the free-space check."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from app.outputs import private_dir_prefix
from app.package.format import (
    SPACE_RESERVE,
    TEMP_FOLDER,
    PackageError,
)
from app.paths import data_dir
from app.sizes import human_size
from db.connection import private_folder

# ----------------------------------------------------------------------------


def temp_root() -> Path:
    """The folder for temporary files (decrypted packages, snapshots): private, in the user's data folder.

    Falls back to the system's temporary folder only if the data folder cannot be written.
    """
    root = data_dir() / TEMP_FOLDER
    try:
        private_folder(root)
        if os.name == "posix":
            os.chmod(root, 0o700)
    except OSError:
        return Path(tempfile.gettempdir())
    return root


def private_temp_dir(kind: str) -> tempfile.TemporaryDirectory[str]:
    """A temporary folder `un1540-<kind>-<pid>-<start>-*` readable by the user only (mkdtemp creates it with mode
    0o700). Its name says which process owns it: `outputs.sweep_leftovers` removes it once that process is gone."""
    return tempfile.TemporaryDirectory(prefix=private_dir_prefix(kind), dir=temp_root(), ignore_cleanup_errors=True)


def _existing(folder: Path) -> Path:
    """`folder` or its nearest existing parent (where a folder yet to be made will be)."""
    folder = folder.resolve()
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def _check_room(needs: list[tuple[Path, int]], package_name: str) -> None:
    """Refuse (PackageError) unless each disk has room for what will be written there, with a reserve left."""
    per_disk: dict[int, tuple[Path, int]] = {}
    for folder, size in needs:
        try:
            folder = _existing(folder)
            device = folder.stat().st_dev
        except OSError:
            continue  # the system cannot tell: writing will say if the disk is full
        first, total = per_disk.get(device, (folder, 0))
        per_disk[device] = (first, total + size)
    for folder, total in per_disk.values():
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            continue
        if total + SPACE_RESERVE > free:
            raise PackageError(
                f"There is not enough free space to restore {package_name}: it needs {human_size(total)} "
                f"in {folder} and {human_size(SPACE_RESERVE)} to spare, but only {human_size(free)} is "
                "free. Free some space, then try again."
            )
