"""Files the user names: never one the application keeps, always written whole, never left half written.

Every command and dialog that writes a file the user chose (an export, a backup, a handover pack, an
agency workbook, a copy of a document) goes through this module:

- `check_output_path` refuses a target that is the database, its `-wal`/`-shm`/`-journal`, inside its
  documents folder, inside the backups or temporary folders of the data folder, the preferences file,
  or a folder. Symbolic links are followed, and a target that does not exist yet is compared through
  its resolved folder, so no spelling of a path reaches the State's data.
- `atomic_output` writes through a temporary file beside the target, synced, then renamed over it (or,
  when overwriting was not asked for, linked, which fails if a file appeared meanwhile).
- Every temporary file is recorded before it is created, in `<data folder>/tmp/inflight-*.json`, with the
  writing process's id and start time. `sweep_leftovers` (at the start of the GUI and of every CLI
  command that writes) removes the temporary files of processes that are gone, e.g. killed or cut
  off by a power failure, and the private folders of `app.package.private_temp_dir` likewise.

No Qt here: the GUI and the command line share it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from app.errors import UserError
from app.package.format import is_package
from app.paths import config_dir, data_dir, database_documents_dir, default_database_path
from db import JOURNAL_SUFFIXES
from db.connection import private_folder

TEMP_FOLDER = "tmp"
BACKUPS_FOLDER = "backups"
PREFERENCES_FILE = "preferences.json"
_PART = ".part-"
# A temporary file of ours: ".<name>.part-<12 hex>[.<suffix>]". Nothing else is ever removed by the sweep.
_TEMP_NAME_RE = re.compile(r"\A\..*\.part-[0-9a-f]{12}(\.[A-Za-z0-9]{1,10})?\Z", re.DOTALL)
_SUFFIX_RE = re.compile(r"\A\.[A-Za-z0-9]{1,10}\Z")
_MARKER_RE = re.compile(r"\Ainflight-(?P<pid>\d{1,10})-(?P<start>[0-9a-z]{1,40})-[0-9a-f]{12}\.json\Z")
# A private folder of app.package.private_temp_dir: "un1540-<kind>-<pid>-<start>-<random>".
_PRIVATE_DIR_RE = re.compile(r"\Aun1540-[a-z]+-(?P<pid>\d{1,10})-(?P<start>[0-9a-z]{1,40})-")
_DAILY_NAME_RE = re.compile(r"\A\d{4}-\d{2}-\d{2}\.un1540\Z")


class OutputRefused(UserError):
    """The chosen output would replace or go into a file the application keeps; nothing was written."""


class OutputExists(UserError):
    """The output exists and overwriting it was not asked for; nothing was written."""


# --- the guard ----------------------------------------------------------------------------------


def _key(path: Path) -> str:
    """A path as compared: absolute, symbolic links followed, case folded where the system ignores case."""
    try:
        resolved = Path(path).expanduser().resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare as given
        resolved = Path(os.path.abspath(Path(path).expanduser()))
    return os.path.normcase(str(resolved))


def _inside(path_key: str, folder_key: str) -> bool:
    return path_key == folder_key or path_key.startswith(folder_key.rstrip(os.sep) + os.sep)


def _same_file(a: Path, b: Path) -> bool:
    """Whether two existing paths are one file (hard links, a case-insensitive disk)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _database_files(db_path: Path) -> list[tuple[Path, str]]:
    """The database and its journal files, under the name given and under its resolved name, each with
    how a message names it."""
    names = {db_path.expanduser().absolute(), Path(_key(db_path))}
    return [
        (
            n.with_name(n.name + suffix),
            f"a file of the database ({n.name + suffix})" if suffix else "the database itself",
        )
        for n in names
        for suffix in ("", *JOURNAL_SUFFIXES)
    ]


def display_name(path: str | Path) -> str:
    """A file name as text that can be stored and printed: bytes that are not UTF-8 become "�"."""
    return Path(path).name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def check_output_path(
    out: str | Path, db_path: str | Path | None = None, *, allow_daily_backup: bool = False, package: bool = False
) -> Path:
    """Refuse (OutputRefused) an output that is, or is inside, something the application keeps; return it.

    That is the database at `db_path` (and the one in the data folder), its -wal/-shm/-journal, its
    documents folder, the data folder's backups and temporary folders, the preferences file, and any
    folder. `allow_daily_backup` lets the daily backup (`<data>/backups/<db>/YYYY-MM-DD.un1540`) through,
    and only it. A device, pipe or socket is refused too: the rename would replace it. Whatever its name,
    an existing SQLite database (another State's, another program's) is never replaced, nor a backup
    package except by a new package (`package`): a typo must not cost the user a backup.
    """
    out = Path(out).expanduser()
    if out.is_dir():
        raise OutputRefused(f"{out} is a folder: give a file name. Nothing was written.")
    try:
        special = not stat.S_ISREG(out.stat().st_mode)  # symbolic links followed
    except (OSError, ValueError):
        special = False  # not there yet (or unreadable: writing will say)
    if special:
        raise OutputRefused(
            f"{out} is not a regular file (a device, pipe or socket): give a file name. Nothing was written."
        )
    _refuse_file_above(out)
    _refuse_kept(out, db_path, allow_daily_backup)
    _refuse_precious(out, package)
    return out


def _refuse_file_above(out: Path) -> None:
    """OutputRefused if the nearest existing folder above `out` is in fact a file (`notes.txt/report.pdf`)."""
    ancestor = Path(os.path.abspath(out)).parent
    while True:
        try:
            if ancestor.exists() or ancestor.parent == ancestor:
                break
        except OSError:
            return  # unreadable: writing will say
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise OutputRefused(f"{out} cannot be written: {ancestor} is a file, not a folder. Nothing was written.")


SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_precious(out: Path, package: bool) -> None:
    """OutputRefused if `out` exists and holds a SQLite database, or a backup package while `package` is false."""
    try:
        with open(out, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return  # not there (or unreadable: writing will say)
    if head == SQLITE_HEADER:
        raise OutputRefused(
            f"{out} is a database file (a State's data, or another program's), which an output never "
            "replaces: choose another file name. Nothing was written."
        )
    if not package and is_package(out):
        raise OutputRefused(
            f"{out} is a backup package, which only a new backup may replace: choose another "
            "file name. Nothing was written."
        )


def check_output_folder(folder: str | Path, db_path: str | Path | None = None) -> Path:
    """Refuse (OutputRefused) a folder to write in that is, or is inside, a folder the application keeps."""
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise OutputRefused(f"{folder} is a file, not a folder: choose a folder. Nothing was written.")
    _refuse_file_above(folder)
    _refuse_kept(folder, db_path, False)
    return folder


def _refuse_kept(out: Path, db_path: str | Path | None, allow_daily_backup: bool) -> None:
    """OutputRefused if `out` is, or is inside, something the application keeps (see check_output_path)."""
    shown = str(out)
    target = _key(out)
    # The database in use, and the one in the data folder (a --db elsewhere must not write over the State's own).
    databases = [Path(db_path).expanduser()] if db_path is not None else []
    databases.append(default_database_path())
    for database in databases:
        for kept, what in _database_files(database):
            if target == _key(kept) or (out.exists() and _same_file(out, kept)):
                raise OutputRefused(
                    f"{shown}: the output cannot be {what}; choose another file name. Nothing was "
                    "written, the database is unchanged."
                )
        documents = database_documents_dir(database)
        if _inside(target, _key(documents)):
            raise OutputRefused(
                f"{shown} is in the documents folder of the database ({documents}), which the "
                "application keeps: choose another folder. Nothing was written."
            )
    data = data_dir()
    backups = data / BACKUPS_FOLDER
    if _inside(target, _key(backups)):
        daily = (
            allow_daily_backup and _DAILY_NAME_RE.match(out.name) and _key(Path(target).parent.parent) == _key(backups)
        )
        if not daily:
            raise OutputRefused(
                f"{shown} is in the folder of the daily backups ({backups}), which the application "
                "manages: choose another folder. Nothing was written."
            )
    if _inside(target, _key(data / TEMP_FOLDER)):
        raise OutputRefused(
            f"{shown} is in the application's temporary folder ({data / TEMP_FOLDER}): choose "
            "another folder. Nothing was written."
        )
    preferences = config_dir() / PREFERENCES_FILE
    if target == _key(preferences) or (out.exists() and _same_file(out, preferences)):
        raise OutputRefused(
            f"{shown} is the application's preferences file: choose another file name. Nothing was written."
        )


# --- the owner of a temporary file ---------------------------------------------------------------


def _linux_start(pid: int) -> str | None:
    """The start time of a Linux process (clock ticks since boot, with the boot's id), None if it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:  # /proc mounted with hidepid: another user's process, running
        return ""
    fields = text[text.rfind(")") + 2 :].split()  # the command name may hold spaces and parentheses
    if len(fields) < 20 or fields[0] == "Z":
        return None  # a zombie has finished
    return _boot_id() + "x" + fields[19]


@lru_cache(maxsize=1)
def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip().replace("-", "")[:12].lower()
    except OSError:
        return "0"


def _windows_start(pid: int) -> str | None:
    import ctypes
    from ctypes import wintypes

    # WinDLL and get_last_error exist on Windows only: the ignores are for the type check on other systems
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    kernel32.OpenProcess.restype = wintypes.HANDLE  # not an int: a handle is 64 bits wide
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE, *(ctypes.POINTER(wintypes.FILETIME),) * 4)
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return "" if ctypes.get_last_error() == 5 else None  # type: ignore[attr-defined,unused-ignore]  # access denied: it runs, as another user
    try:
        code = wintypes.DWORD()
        if kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) and code.value != 259:  # STILL_ACTIVE
            return None
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return ""
        return format((times[0].dwHighDateTime << 32) | times[0].dwLowDateTime, "x")
    finally:
        kernel32.CloseHandle(handle)


def process_start(pid: int) -> str | None:
    """An identity of the running process `pid` ("" when the system does not tell its start), None if gone."""
    if pid <= 0:
        return None
    if sys.platform.startswith("linux"):
        return _linux_start(pid)
    if os.name == "nt":
        try:
            return _windows_start(pid)
        except (OSError, AttributeError):
            return ""
    try:
        os.kill(pid, 0)  # POSIX: signal 0 only asks whether the process exists
    except ProcessLookupError:
        return None
    except (PermissionError, OSError):
        return ""
    return ""


@lru_cache(maxsize=1)
def own_identity() -> tuple[int, str]:
    """(pid, start) of this process, as written in markers and private folder names."""
    pid = os.getpid()
    return pid, (process_start(pid) or "0")


def owner_gone(pid: int, start: str) -> bool:
    """Whether the process that wrote a marker has ended: its pid is free, or taken by a later process."""
    current = process_start(pid)
    if current is None:
        return True
    return bool(current and start and start != "0" and current != start)


def private_dir_prefix(kind: str) -> str:
    """The name prefix of a private temporary folder owned by this process: `un1540-<kind>-<pid>-<start>-`."""
    pid, start = own_identity()
    return f"un1540-{kind}-{pid}-{start}-"


# --- temporary files recorded while they exist ----------------------------------------------------


def inflight_dir() -> Path:
    """Where the records of temporary files being written are: the data folder's tmp/, as
    `inflight-<pid>-<start>-<token>.json` (none remains once nothing is being written)."""
    return data_dir() / TEMP_FOLDER


def _write_marker(temp: Path, token: str) -> Path | None:
    """Record `temp` as being written by this process; None if the data folder cannot be written."""
    pid, start = own_identity()
    folder = inflight_dir()
    try:
        private_folder(folder)
        marker = folder / f"inflight-{pid}-{start}-{token}.json"
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            # ensure_ascii: a name that is not UTF-8 (kept as surrogates) is written as \udcXX and read back the same
            json.dump({"pid": pid, "start": start, "path": os.path.abspath(temp)}, handle, ensure_ascii=True)
    except OSError:
        return None  # a read-only data folder: the file is still written safely, only not swept after a crash
    return marker


@contextmanager
def inflight_temp(folder: str | Path, stem: str, suffix: str = "") -> Iterator[Path]:
    """A new empty temporary file `.<stem>.part-<token><suffix>` in `folder`, readable by the user only.

    It is recorded before it is created, so that a process killed at any moment leaves nothing that
    `sweep_leftovers` cannot find. When the block ends the file is removed unless it was renamed away,
    and so is its record.
    """
    folder = Path(folder)
    token = os.urandom(6).hex()  # as secrets.token_hex(6), without importing secrets (and hmac) at start-up
    suffix = suffix if _SUFFIX_RE.match(suffix) else ""  # kept: openpyxl reads a workbook only by its suffix
    temp = folder / f".{stem[:80]}{_PART}{token}{suffix}"
    marker = _write_marker(temp, token)
    created = False
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        created = True
        yield temp
    finally:
        try:
            if created:  # never a file of that name that was there before
                temp.unlink(missing_ok=True)
        finally:
            if marker is not None:
                marker.unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable where the system allows it (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def move_into_place(temp: Path, out: Path, overwrite: bool = True) -> None:
    """Put the complete file `temp` at `out`, durably; without `overwrite`, never replace a file there."""
    _fsync_file(temp)
    if overwrite:
        os.replace(temp, out)
    else:
        try:
            os.link(temp, out)  # atomic, and fails if `out` appeared meanwhile
        except FileExistsError:
            raise OutputExists(f"{out} already exists; nothing was written over it.") from None
        except OSError:  # a file system without hard links (FAT, some network shares)
            if os.path.lexists(out):
                raise OutputExists(f"{out} already exists; nothing was written over it.") from None
            os.replace(temp, out)
        else:
            temp.unlink(missing_ok=True)
    fsync_dir(out.parent)


@dataclass
class Output:
    """A file being written: write `temp`, then `commit()` puts it at `path`."""

    temp: Path
    path: Path
    overwrite: bool

    def commit(self) -> Path:
        move_into_place(self.temp, self.path, self.overwrite)
        return self.path


@contextmanager
def atomic_output(out: str | Path, *, overwrite: bool = True) -> Iterator[Output]:
    """Write `out` whole or not at all: the block writes `output.temp`, then calls `output.commit()`.

    Leaving the block without commit (an error, a cancel) removes the temporary file and leaves a
    previous `out` as it was. Without `overwrite`, an existing `out` is refused before anything is written.
    """
    out = Path(out).expanduser()
    if not overwrite and os.path.lexists(out):
        raise OutputExists(f"{out} already exists; nothing was written over it.")
    with inflight_temp(out.parent, out.stem, out.suffix) as temp:
        yield Output(temp, out, overwrite)


def write_atomically(out: str | Path, write: Callable[[BinaryIO], object], *, overwrite: bool = True) -> Path:
    """Write `out` from a function that writes a binary stream, through `atomic_output`."""
    with atomic_output(out, overwrite=overwrite) as output:
        with os.fdopen(os.open(output.temp, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0)), "wb") as handle:
            write(handle)
            handle.flush()
        return output.commit()


def copy_file(source: str | Path, out: str | Path, *, overwrite: bool = True) -> Path:
    """Copy a file to `out` through `atomic_output`."""
    with atomic_output(out, overwrite=overwrite) as output:
        shutil.copyfile(source, output.temp)
        return output.commit()


# --- the sweep -----------------------------------------------------------------------------------


def _remove_temp_file(path: Path) -> bool:
    """Remove a temporary file of ours named by a marker; anything else (a folder, a link, a name that is
    not one of ours) is left alone."""
    if not _TEMP_NAME_RE.match(path.name):
        return False
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return False
        path.unlink()
        for suffix in JOURNAL_SUFFIXES:  # a database being created leaves its journal files too
            journal = path.with_name(path.name + suffix)
            if journal.is_file() and not journal.is_symlink():
                journal.unlink()
    except (OSError, ValueError):  # ValueError: a damaged record naming a path with a NUL byte
        return False
    return True


def sweep_leftovers() -> list[Path]:
    """Remove what processes that are gone left half written; return what was removed.

    That is the temporary files recorded in `<data>/tmp/inflight-*.json` (partial exports, packages, workbooks
    and `.backup-*` copies beside their target) and the private folders `un1540-<kind>-<pid>-<start>-*`
    of `<data>/tmp/` (decrypted packages, snapshots). What a running process owns is kept. Never raises:
    a folder that cannot be read is left for the next start.
    """
    removed: list[Path] = []
    try:
        markers = list(inflight_dir().glob("inflight-*.json"))
    except OSError:
        markers = []
    for marker in markers:
        match = _MARKER_RE.match(marker.name)
        if not match or not owner_gone(int(match["pid"]), match["start"]):
            continue
        try:
            recorded = json.loads(marker.read_text(encoding="utf-8"))
            path = (
                Path(recorded["path"]) if isinstance(recorded, dict) and isinstance(recorded.get("path"), str) else None
            )
        except (OSError, ValueError):
            path = None  # killed while writing the marker: the temporary file was not created yet
        if path is not None and _remove_temp_file(path):
            removed.append(path)
        with suppress(OSError):
            marker.unlink(missing_ok=True)
    temporary = data_dir() / TEMP_FOLDER
    try:
        folders = list(temporary.iterdir()) if temporary.is_dir() else []
    except OSError:
        folders = []
    for folder in folders:
        match = _PRIVATE_DIR_RE.match(folder.name)
        if not match or not owner_gone(int(match["pid"]), match["start"]):
            continue
        try:
            if folder.is_dir() and not folder.is_symlink():
                shutil.rmtree(folder)
                removed.append(folder)
        except OSError:
            continue  # in use (Windows), or gone already
    return removed
