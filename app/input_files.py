"""Files named by the user and read by the application: refused at once when they cannot be read as files,
and what a file given to the application to open holds (`identify`: a database, a package, a workbook).

A name that is not valid UTF-8 (possible on Linux, where file names are bytes) reaches Python with
"surrogate escapes" that SQLite and most outputs refuse; `printable` turns it into a clean string for
the audit log and for messages, without changing which file is opened.
"""

from __future__ import annotations

import os
import stat
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError


def printable(text: object) -> str:
    """`text` as a string that can be stored and printed: undecodable bytes of a file name become �."""
    text = str(text)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that was not an escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


def _problem(path: Path) -> tuple[str, str] | None:
    """Why `path` cannot be read as a file, as (code, detail): ("missing", ""), ("unreadable", the system's reason)
    or ("not_a_file", "a folder", "a pipe"...); None for a regular file. Only the file's status is read."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "missing", ""
    except OSError as exc:
        return "unreadable", str(exc.strerror or exc)
    if stat.S_ISREG(mode):
        return None
    kind = (
        "a folder"
        if stat.S_ISDIR(mode)
        else "a pipe"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a special file"
    )
    return "not_a_file", kind


def regular_file(path: str | Path) -> Path:
    """`path` if it names an existing regular file; UserError (one line) for a folder, a pipe or a device.

    Only the file's status is read: a pipe (FIFO) is never opened, so nothing can hang on it.
    """
    path = Path(path).expanduser()
    problem = _problem(path)
    if problem is None:
        return path
    code, detail = problem
    if code == "missing":
        raise UserError(f"{printable(path)} does not exist.")
    if code == "unreadable":
        raise UserError(f"{printable(path)} cannot be read ({detail}).")
    raise UserError(f"{printable(path)} is not a regular file (it is {detail}); nothing was changed.")


# --- a file given to the application to open (`un1540 FILE`, a double-click) --------------------------------------

SQLITE_MAGIC = b"SQLite format 3\x00"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # a zip's first entry, or an empty zip
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an Excel 97-2003 workbook, or a password-protected one
DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls")
_MAX_ZIP_ENTRIES = 200_000  # a zip directory this long is not listed (seconds and much memory): its name decides
USABLE_KINDS = ("database", "package", "workbook")


@dataclass(frozen=True)
class GivenFile:
    """A file given to the application to open, and what it holds.

    `kind`: "database" (opened as the database of the run), "package" (offered for a restore), "workbook" (an agency
    workbook or the Committee's matrix, offered for an import); "other" (none of these); or why it cannot be read:
    "missing", "not_a_file" (`detail`: "a folder", "a pipe"...) or "unreadable" (`detail`: the system's reason)."""

    path: Path
    kind: str
    detail: str = ""
    encrypted: bool = False  # an encrypted package: its passphrase is asked

    @property
    def usable(self) -> bool:
        return self.kind in USABLE_KINDS

    def message(self) -> str:
        """One line for the command line: what is done with the file, or why nothing is."""
        name = printable(self.path)
        return {
            "database": f"{name}: a database to open.",
            "package": f"{name}: {'an encrypted' if self.encrypted else 'a'} package to restore.",
            "workbook": f"{name}: an Excel workbook to import.",
            "missing": f"{name} does not exist; nothing was opened.",
            "unreadable": f"{name} cannot be read ({self.detail}); nothing was opened.",
            "not_a_file": f"{name} is not a file (it is {self.detail}); nothing was opened.",
        }.get(
            self.kind,
            f"{name} is not a file this application opens: a database (.sqlite3), a package (.un1540) or an Excel "
            "workbook returned by an agency or the Committee's matrix (.xlsx); nothing was opened.",
        )


def _zip_names(path: Path) -> set[str] | None:
    """The names in the zip at `path`; None when it cannot be listed (damaged, or a directory too long to read)."""
    try:
        with open(path, "rb") as handle:
            read_end = getattr(zipfile, "_EndRecData", None)  # zipfile's own reading of the end record
            if read_end is not None:
                end = read_end(handle)
                if end is None or end[zipfile._ECD_ENTRIES_TOTAL] > _MAX_ZIP_ENTRIES:  # type: ignore[attr-defined]
                    return None
            with zipfile.ZipFile(handle) as archive:
                return set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, struct.error):
        return None


def identify(path: str | Path) -> GivenFile:
    """What the file at `path` holds, from its first bytes (and a zip's list of parts), never from its name alone;
    nothing is written and a pipe or a device is never opened.

    SQLite's header makes a database; the encrypted package's header, or a zip holding a package's manifest, a
    package; a zip holding `xl/workbook.xml`, a workbook. When the content says none of these, the name picks the
    reader whose refusal explains best: a database name (.sqlite3, .db) is opened as a database (an empty file is a
    new one, as File › Open a database… does; any other is refused with its reason), a workbook name (.xlsx, .xls)
    goes to the importer (which says why an .xls, a Word document or a damaged file cannot be imported). A package
    is only offered when it is one: the restore is asked before it is checked."""
    from app.package.format import ENCRYPTED_MAGIC, is_package  # app.package.format imports this module

    path = Path(path).expanduser().absolute()
    problem = _problem(path)
    if problem is not None:
        return GivenFile(path, *problem)
    try:
        with open(path, "rb") as handle:
            head = handle.read(max(len(SQLITE_MAGIC), len(ENCRYPTED_MAGIC)))
    except OSError as exc:
        return GivenFile(path, "unreadable", str(exc.strerror or exc))
    suffix = path.suffix.lower()
    if head.startswith(SQLITE_MAGIC):
        return GivenFile(path, "database")
    if head.startswith(ENCRYPTED_MAGIC):
        return GivenFile(path, "package", encrypted=True)
    if head.startswith(_ZIP_MAGICS):
        names = _zip_names(path) or set()
        if "xl/workbook.xml" in names:
            return GivenFile(path, "workbook")
        if names and is_package(path):
            return GivenFile(path, "package")
    elif head.startswith(_OLE2_MAGIC) and suffix in WORKBOOK_SUFFIXES:
        return GivenFile(path, "workbook")
    if suffix in DATABASE_SUFFIXES:
        return GivenFile(path, "database")
    if suffix in WORKBOOK_SUFFIXES:
        return GivenFile(path, "workbook")
    return GivenFile(path, "other")
