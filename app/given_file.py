"""A file given to the application to open (`un1540 FILE`, a double-click in a file manager): what it holds.

Decided from the file's first bytes (and a zip's list of parts), never from its name alone: a database, a package
(plain or encrypted), an Excel workbook; or why it cannot be read. Nothing is written and a pipe or a device is never
opened. The window acts on it (ui/open_file.py); un1540.main decides which database the run opens.
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.input_files import file_problem, printable
from app.package.format import ENCRYPTED_MAGIC, is_package

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
    path = Path(path).expanduser().absolute()
    problem = file_problem(path)
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
