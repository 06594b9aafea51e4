"""Rolling daily backups: one package a day of each database, in the user's data folder.

They stay on this computer like the database itself, so they are not encrypted. Only files named
`YYYY-MM-DD.un1540` are ever deleted, and only the oldest beyond the number to keep.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app import preferences
from app.package import SUFFIX, read_manifest, write_package
from app.paths import data_dir
from app.workspace import Workspace

_NAME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})" + re.escape(SUFFIX) + "$")


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    day: date
    size: int
    state_code: str = ""
    template_version: str = ""
    created_at: str = ""
    problem: str = ""  # why the file cannot be read; empty for a sound package


def backups_dir(db_path: str | Path) -> Path:
    """The folder of the rolling backups of the database at `db_path`."""
    resolved = Path(db_path).expanduser().resolve()
    tag = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{resolved.stem}-{tag}"


def _dated_files(folder: Path) -> list[tuple[date, Path]]:
    """The rolling backups in `folder` as (day, path), oldest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME_RE.match(path.name)
            if match and path.is_file():
                try:
                    found.append((date.fromisoformat(match.group(1)), path))
                except ValueError:
                    continue
    return sorted(found)


def daily_backup(ws: Workspace, keep: int | None = None, today: date | None = None) -> Path | None:
    """Write today's backup of `ws` unless it exists; keep the newest `keep`. Return the new file or None."""
    keep = max(1, keep if keep is not None else preferences.load().backups_kept)
    today = today or date.today()
    folder = backups_dir(ws.path)
    target = folder / f"{today.isoformat()}{SUFFIX}"
    written = None
    if not target.exists():
        written = write_package(ws, target).path
    files = _dated_files(folder)
    for _day, path in files[: max(0, len(files) - keep)]:
        if path != target:  # never the one just written, even if the clock went back
            path.unlink(missing_ok=True)
    return written


def list_backups(db_path: str | Path) -> list[BackupEntry]:
    """The rolling backups of the database at `db_path`, newest first; a damaged one says why."""
    entries = []
    for day, path in reversed(_dated_files(backups_dir(db_path))):
        try:
            size = path.stat().st_size
        except OSError:
            continue  # deleted meanwhile
        try:
            manifest = read_manifest(path)
        except Exception as exc:  # a damaged file is listed, not fatal
            entries.append(BackupEntry(path, day, size, problem=str(exc)))
            continue
        entries.append(BackupEntry(path, day, size, str(manifest.get("state_code", "")),
                                   str(manifest.get("template_version", "")), str(manifest.get("created_at", ""))))
    return entries
