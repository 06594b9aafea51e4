"""Backing up and restoring a State's data as one file.

A backup is a project package (`app.package`): the database and every attached document, optionally
encrypted. `restore` also accepts a plain copy of the database (a name ending in .sqlite3, .sqlite or .db),
as older versions wrote (no documents, no encryption).
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from app.changes import Changes, Description
from app.errors import UserError
from app.input_files import printable, regular_file
from app.package.format import ENCRYPTED_MAGIC, RestoreResult
from app.package.reading import looks_like_package
from app.package.restore import replace_database, restore_package
from db.backup import verify_copy
from db.schema import SQLITE_HEADER

PLAIN_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def is_plain_name(out: str | Path) -> bool:
    """Whether `out` names a database file (a plain copy) rather than a package."""
    return Path(out).suffix.lower() in PLAIN_SUFFIXES


def _refuse_the_database_itself(source: Path, db_path: Path) -> None:
    """UserError if `source` is the database at `db_path` or one of its journal files, under any name (a
    symbolic or hard link too): restoring it onto itself can only fail, and not for the reason it would give."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            same = os.path.samefile(source, db_path.with_name(db_path.name + suffix))
        except (OSError, ValueError):
            continue
        if same:
            raise UserError(
                f"{printable(source.name)} is the database itself"
                + (f" (its {suffix[1:]} file)" if suffix else "")
                + ": choose a backup to restore (a .un1540 package). Nothing was changed."
            )


# Files a wrong --db may name, which a restore must not take for a damaged database and replace.
_OTHER_FORMATS = (
    (b"PK\x03\x04", "a ZIP file: a package or a workbook"),
    (b"%PDF", "a PDF"),
    (ENCRYPTED_MAGIC, "an encrypted package"),
)


def _refuse_other_file(db_path: Path) -> None:
    """UserError if the file at `db_path` is plainly not a database (a package, a workbook, a PDF, text): a damaged
    database is replaced by a restore (and kept aside), another file is left alone."""
    try:
        with open(db_path, "rb") as handle:
            head = handle.read(512)
    except OSError:
        return  # not there, or unreadable: the restore says so
    if not head or head.startswith(SQLITE_HEADER):
        return
    what = next((what for magic, what in _OTHER_FORMATS if head.startswith(magic)), None)
    if what is None and b"\x00" not in head:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
            what = "text"
        except UnicodeDecodeError:
            pass
    if what:
        raise UserError(
            f"{printable(db_path.name)} is not a database ({what}): choose the database file to restore "
            "into. Nothing was changed."
        )


def restore_from(
    source: str | Path, db_path: str | Path, source_label: str = "cli", passphrase: str | None = None
) -> Changes[RestoreResult]:
    """Replace the data at `db_path` with a package, or with a plain database backup of older versions.

    Returns `Changes` of everything (every view reloads), its `value` the `RestoreResult`; the restored
    database records the restore as a step that cannot be undone.

    Everything is checked before anything changes; the current data is then kept aside as a package
    beside the database (a database too damaged to open is renamed aside instead). The restored
    database is upgraded to the current schema and template.
    """
    source = regular_file(source)  # a pipe or a device is refused before it is opened
    db_path = Path(db_path).expanduser()
    _refuse_the_database_itself(source, db_path)
    _refuse_other_file(db_path)
    description = Description("restore", "database", printable(source.name))
    if looks_like_package(source):
        result = restore_package(source, db_path, passphrase=passphrase, source_label=source_label)
        return Changes.of_everything(description, result)
    copy = verify_copy(source)  # refuses a file without our schema or from a newer version
    try:
        kept = replace_database(
            copy, db_path, source_label, f"Restored from {printable(source.name)}", source_name=printable(source.name)
        )
    finally:
        copy.conn.close()
    return Changes.of_everything(description, RestoreResult(kept=kept, documents=0))


def restore(
    source: str | Path, db_path: str | Path, source_label: str = "cli", passphrase: str | None = None
) -> Path | None:
    """`restore_from`, returning only where the previous data was kept (None if there was none)."""
    result = restore_from(source, db_path, source_label, passphrase).value
    return result.kept if result else None
