"""Rolling daily backups: one package a day of each database, in the user's data folder.

They stay on this computer like the database itself, so they are not encrypted. Only files named
`YYYY-MM-DD.un1540` are ever deleted, and only the oldest beyond the number to keep (and, by
`sweep_stale_temp`, what an interrupted run left in the user's data folder). The newest backup that
passed SQLite's integrity check is never deleted, however old: a damaged database is never packed
(the package write refuses it), and backups written by older versions or damaged on disk do not count.

The documents of the daily backups, and their database in 1 MB pieces, are kept once in the shared
folder `documents/` beside them, under their SHA-256 (each backup's manifest lists those it needs):
fourteen backups of the same 200 MB of documents and 140 MB database take little more than one. After a
rotation, a shared file no remaining backup lists is deleted; a backup whose shared document or piece
is missing or damaged is refused by `verify_package` and by a restore, before anything is changed.
"""

from __future__ import annotations

import re
import shutil
import time
from datetime import date
from pathlib import Path

from app import clock, preferences
from app.attachments import SHA256_RE
from app.backup_list import (  # noqa: F401 (BackupEntry, list_backups, newest_good_backup: named through this module too)
    BackupEntry,
    _dated_files,
    _restores,
    backups_dir,
    list_backups,
    newest_good_backup,
)
from app.package.format import (
    CHUNK_SUFFIX,
    SHARED_DOCUMENTS,
    SUFFIX,
    TEMP_FOLDER,
    TEMP_PREFIX,
)
from app.package.reading import read_manifest
from app.package.writing import write_package
from app.paths import data_dir
from app.workspace import Workspace
from db.connection import private_folder

_PARTIAL_RE = re.compile(
    r"\A\..+" + re.escape(SUFFIX) + r"\..+\.tmp\Z"
)  # a package being written: .<name>.un1540.<random>.tmp
STALE_AFTER = 3600  # seconds without change after which a temporary file is taken as left by a stopped run


def daily_backup(ws: Workspace, keep: int | None = None, today: date | None = None) -> Path | None:
    """Write today's backup of `ws` unless it exists; keep the newest `keep`. Return the new file or None."""
    keep = max(1, keep if keep is not None else preferences.load().backups_kept)
    today = today or clock.today()
    folder = backups_dir(ws.path)
    target = folder / f"{today.isoformat()}{SUFFIX}"
    written = None
    private_folder(folder)  # the State's data: readable by its owner only
    if not target.exists():
        # Refuses a damaged database (DamagedDatabaseError): nothing rotates.
        written = write_package(ws, target, shared_documents=True).path
    # A backup dated after today was written while the clock ran ahead: it is neither counted among the
    # newest nor deleted, or each real day would push every real backup out.
    files = [(day, path) for day, path in _dated_files(folder) if day <= today]
    older = files[: max(0, len(files) - keep)]
    if older:
        protected = {target}  # never the one just written, even if the clock went back
        if not any(_restores(day, path) for day, path in reversed(files[len(older) :])):
            good = next((path for day, path in reversed(older) if _restores(day, path)), None)
            if good is not None:
                protected.add(good)  # the newest backup that passed the check is kept, however old
        for _day, path in older:
            if path not in protected:
                path.unlink(missing_ok=True)
        sweep_shared_documents(folder)
    return written


def sweep_shared_documents(folder: Path, min_age: float = STALE_AFTER, now: float | None = None) -> list[Path]:
    """Delete the shared documents in `folder`/documents that no backup in `folder` lists (and the partial
    copies a stopped run left there); return them.

    Every package in the folder counts, whatever its name. Nothing is deleted if one of them cannot be
    read (what it needs is then unknown), nor a document used or written in the last `min_age` seconds
    (a backup being written in another window lists it only once it is complete).
    """
    shared = folder / SHARED_DOCUMENTS
    if not shared.is_dir():
        return []
    needed: set[str] = set()
    try:
        packages = [path for path in folder.iterdir() if path.name.endswith(SUFFIX) and path.is_file()]
    except OSError:
        return []
    for path in packages:
        try:
            manifest = read_manifest(path)
        except Exception:
            return []
        if manifest.get("shared_documents"):
            needed.update(str(entry.get("sha256")) for entry in manifest.get("documents", []))
            needed.update(f"{chunk}{CHUNK_SUFFIX}" for chunk in manifest["database"].get("chunks", []))
    now = time.time() if now is None else now
    removed = []
    for path in shared.iterdir():
        partial = path.name.startswith(".incoming-") and path.name.endswith(".tmp")  # a copy a stopped run left
        if path.name in needed or not (partial or SHA256_RE.match(path.name.removesuffix(CHUNK_SUFFIX))):
            continue
        try:
            if now - path.stat().st_mtime < min_age:
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _newest_change(path: Path) -> float:
    """The latest modification time of `path` and, for a folder, of anything in it."""
    newest = path.lstat().st_mtime
    if path.is_dir() and not path.is_symlink():
        for child in path.rglob("*"):
            try:
                newest = max(newest, child.lstat().st_mtime)
            except OSError:
                continue
    return newest


def sweep_stale_temp(max_age: float = STALE_AFTER) -> list[Path]:
    """Remove what a stopped run left in the user's data folder; return what was removed.

    That is the `un1540-*` temporary folders (decrypted packages, snapshots, restores) and the partial
    packages `.*.un1540.*.tmp` of the backups folder, once nothing in them changed for `max_age` seconds.
    """
    candidates: list[Path] = []
    temporary = data_dir() / TEMP_FOLDER
    backups = data_dir() / "backups"
    try:
        if temporary.is_dir():
            candidates += [path for path in temporary.iterdir() if path.name.startswith(TEMP_PREFIX)]
        if backups.is_dir():
            for folder in backups.iterdir():
                if folder.is_dir() and not folder.is_symlink():
                    candidates += [path for path in folder.iterdir() if _PARTIAL_RE.match(path.name)]
    except OSError:
        pass  # a folder being removed meanwhile: what was found is swept
    removed = []
    now = time.time()
    for path in candidates:
        try:
            if now - _newest_change(path) < max_age:
                continue  # perhaps in use by another window or process
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue  # in use (Windows), or gone already
        removed.append(path)
    return removed
