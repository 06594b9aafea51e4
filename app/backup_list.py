"""The daily backups of a database that exist, and which of them is good (read only: `app.rolling_backups`
writes and rotates them). Below the package writer, which names the newest good backup when it refuses to
pack a damaged database, and below `app.rolling_backups`, which writes packages: no circle between them."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.package.format import CHECKED_OK, SUFFIX
from app.package.reading import read_manifest, verify_package
from app.paths import data_dir

_NAME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})" + re.escape(SUFFIX) + "$")


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    day: date
    size: int
    state_code: str = ""
    template_version: str = ""
    created_at: str = ""
    problem: str = ""  # why the file cannot be restored (damaged, or written from a damaged database); empty otherwise
    checked: str = ""  # the manifest's "checked": CHECKED_OK when SQLite found the packed database sound

    @property
    def good(self) -> bool:
        """Readable, and its database passed SQLite's integrity check when it was written."""
        return not self.problem and self.checked == CHECKED_OK

    @property
    def status(self) -> str:
        """One word or phrase for lists: checked, not checked (an older version's), or damaged and why."""
        if self.problem:
            return f"damaged: {self.problem}"
        return "checked" if self.good else "not checked (made by an older version)"


def backups_dir(db_path: str | Path) -> Path:
    """The folder of the rolling backups of the database at `db_path`."""
    resolved = Path(db_path).expanduser().resolve()
    # surrogateescape: a path that is not UTF-8 (kept by Python as surrogates) still gets its folder; every
    # other path keeps the tag it always had
    tag = hashlib.sha1(str(resolved).encode("utf-8", "surrogateescape")).hexdigest()[:8]
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


def _restores(day: date, path: Path) -> bool:
    """Whether the rolling backup passed the check when it was written and still restores now (the file
    itself may have been damaged on the disk since): checked in full, as a restore would."""
    if not _entry(day, path).good:
        return False
    try:
        verify_package(path)
    except Exception:  # damaged or unreadable: not a backup to rely on
        return False
    return True


def _entry(day: date, path: Path) -> BackupEntry:
    """What the listing says of one rolling backup (its manifest only is read)."""
    try:
        size = path.stat().st_size
    except OSError:
        return BackupEntry(path, day, 0, problem="it cannot be read")
    try:
        manifest = read_manifest(path)
    except Exception as exc:  # a damaged file is listed, not fatal
        return BackupEntry(path, day, size, problem=str(exc))
    checked = str(manifest.get("checked", ""))
    problem = "" if checked in ("", CHECKED_OK) else f"written from a damaged database ({checked})"
    return BackupEntry(
        path,
        day,
        size,
        str(manifest.get("state_code", "")),
        str(manifest.get("template_version", "")),
        str(manifest.get("created_at", "")),
        problem=problem,
        checked=checked,
    )


def list_backups(db_path: str | Path) -> list[BackupEntry]:
    """The rolling backups of the database at `db_path`, newest first; a damaged one says why."""
    entries = []
    for day, path in reversed(_dated_files(backups_dir(db_path))):
        if path.exists():  # else deleted meanwhile
            entries.append(_entry(day, path))
    return entries


def newest_good_backup(
    db_path: str | Path, verify_unchecked: bool = True, exclude: Collection[Path] = ()
) -> BackupEntry | None:
    """The newest rolling backup known to restore: written and checked by this version, or (with
    `verify_unchecked`) an older version's whose database passes the full check now. None if there is none.
    Backups in `exclude` (e.g. refused by a restore already) are passed over."""
    for entry in list_backups(db_path):
        if entry.path in exclude:
            continue
        if entry.good:
            return entry
        if verify_unchecked and not entry.problem:
            try:
                verify_package(entry.path)
            except Exception:  # damaged, or unreadable: not good
                continue
            return dataclasses.replace(entry, checked=CHECKED_OK)
    return None
