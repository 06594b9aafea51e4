"""Documents kept as evidence (the text of a law, a note verbale, ...), attached to a record.

Each file is stored once in the documents folder beside the database, `<db file name>-documents/`
(one per database, even for `state.sqlite3` and `state.db` side by side), named by the SHA-256 of its content;
the `attachment` table says which record it belongs to and under
which name the user added it. A file is written to a temporary name, synced, then renamed, so a
crash never leaves half a document under a real name.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from app import records, steps
from app.audit import record, utc_now
from app.changes import Changes, Description
from app.errors import NotFoundError, UserError, ValidationError
from app.outputs import fsync_dir
from app.paths import database_documents_dir
from db import write_transaction
from db.connection import private_folder

if TYPE_CHECKING:  # types only: the workspace prepares the documents when it opens (app.workspace imports this module)
    from app.workspace import Workspace
    from db.connection import Database

ENTITIES = ("state_profile", "legal_instrument", "matrix_field", "plan_action", "assistance_request")
MAX_SIZE = 200 * 1024 * 1024
BLOCK = 1024 * 1024
# \A and \Z: "$" would also accept a trailing newline. A stored name is only ever this, never a path.
SHA256_RE = re.compile(r"\A[0-9a-f]{64}\Z")

# How to find the owner of an attachment and name it for people.
_OWNER_LABEL_SQL = """
    CASE a.entity
        WHEN 'legal_instrument' THEN (SELECT title_original FROM legal_instrument WHERE CAST(id AS TEXT) = a.entity_id)
        WHEN 'matrix_field' THEN (SELECT key FROM matrix_field WHERE key = a.entity_id)
        WHEN 'plan_action' THEN (SELECT title FROM plan_action WHERE CAST(id AS TEXT) = a.entity_id)
        WHEN 'assistance_request' THEN (SELECT title FROM assistance_request WHERE CAST(id AS TEXT) = a.entity_id)
        WHEN 'state_profile' THEN (SELECT 'State profile (' || state_code || ')' FROM state_profile WHERE id = 1)
    END
"""
DELETED_OWNER = "(deleted)"


ORPHAN_AGE = 15 * 60  # seconds: an unreferenced document younger than this may be being attached right now


def documents_dir(ws: Workspace | str | Path) -> Path:
    """The documents folder of a workspace (or of the database file at a path): `<file name>-documents`
    beside the file itself, a symbolic link to it followed, so that the database has one folder however
    it is opened."""
    return database_documents_dir(Path(ws).expanduser() if isinstance(ws, (str, os.PathLike)) else ws.path)


def legacy_documents_dir(ws: Workspace | str | Path) -> Path:
    """Where versions before 0.2 kept the documents: `<stem>-documents`, shared by databases of the same stem."""
    path = Path(ws).expanduser() if isinstance(ws, (str, os.PathLike)) else ws.path
    return path.parent / f"{path.stem}-documents"


def documents_to_check(db_path: str | Path) -> Path:
    """The folder holding the documents of a database that may not have been opened by this version yet."""
    folder = documents_dir(db_path)
    legacy = legacy_documents_dir(db_path)
    return legacy if not folder.exists() and legacy.is_dir() else folder


def adopt_legacy_documents(db: Database, db_path: str | Path) -> int:
    """Copy into this database's own documents folder the documents it references from the folder of older
    versions (`<stem>-documents`), which another database of the same stem may share: that one is kept as
    it is. Done once, when the new folder does not exist yet; return how many files were copied."""
    folder = documents_dir(db_path)
    legacy = legacy_documents_dir(db_path)
    if folder.exists() or not legacy.is_dir() or folder == legacy:
        return 0
    try:
        wanted = {r[0] for r in db.execute("SELECT DISTINCT sha256 FROM attachment").fetchall()}
    except sqlite3.OperationalError:  # no attachment table yet
        return 0
    present = [sha for sha in sorted(wanted) if SHA256_RE.match(str(sha)) and (legacy / sha).is_file()]
    if not present:
        return 0
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))  # mode 0o700
    try:
        for sha in present:
            with open(legacy / sha, "rb") as handle:
                store_stream(handle, staging, expected=sha)
        os.replace(staging, folder)  # all or nothing: a crash leaves the old folder as the one used
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_dir(folder.parent)
    return len(present)


def sweep_orphans(ws: Workspace, min_age: float = ORPHAN_AGE, now: float | None = None) -> list[Path]:
    """Remove from the database's documents folder the files no attachment references (a crash between
    storing a file and recording it), and unfinished `.incoming-*` copies, once `min_age` seconds old: a
    file younger than that may be being attached by another window. Return what was removed."""
    folder = documents_dir(ws)
    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    referenced = _kept_documents(ws)
    removed = []
    for path in folder.iterdir():
        leftover = SHA256_RE.match(path.name) and path.name not in referenced
        partial = path.name.startswith(".incoming-") and path.name.endswith(".tmp")
        if not (leftover or partial):
            continue
        try:
            if not path.is_file() or path.is_symlink() or now - path.lstat().st_mtime < min_age:
                continue
            if leftover and _referenced(ws, path.name):  # attached meanwhile
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _kept_documents(ws: Workspace) -> set[str]:
    """The contents attachments use, and those a step can still bring back (the undo of a removal, the redo
    of an addition): those files stay until the step is forgotten."""
    kept = {str(r[0]) for r in ws.db.execute("SELECT DISTINCT sha256 FROM attachment").fetchall()}
    for before, after in ws.db.execute(
        "SELECT json_extract(r.before, '$.sha256'), json_extract(r.after, '$.sha256') FROM step_row r "
        "JOIN step s ON s.id = r.step_id WHERE r.tbl = 'attachment' AND s.state != 'dropped'"
    ).fetchall():
        kept.update(str(sha) for sha in (before, after) if sha)
    return kept


def prepare_documents(ws: Workspace) -> None:
    """At opening: the documents of an older version's shared folder copied into this database's own, and
    the files a crash left unreferenced removed. A folder that cannot be written is left as it is."""
    try:
        adopt_legacy_documents(ws.db, ws.path)
        sweep_orphans(ws)
    except (OSError, UserError):
        pass  # a read-only or damaged documents folder: `check` and opening a document say so


def file_sha256(path: Path) -> str:
    import hashlib  # when a document is read or stored, not at start-up

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def store_stream(
    source: IO[bytes], folder: Path, expected: str | None = None, max_size: int | None = None
) -> tuple[str, int, bool]:
    """Copy a stream into `folder` under its SHA-256; return (sha256, size, written).

    With `expected`, a stream whose hash differs is refused (UserError) and nothing is left behind.
    A file already present with the right content is kept as it is (written is False).
    """
    private_folder(folder)
    if expected is not None and SHA256_RE.match(expected):
        present = folder / expected
        if present.is_file() and file_sha256(present) == expected:  # already here, intact: nothing to write
            _touch(present)
            return expected, present.stat().st_size, False
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        import hashlib

        digest = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "wb") as out:
            for block in iter(lambda: source.read(BLOCK), b""):
                size += len(block)
                if max_size is not None and size > max_size:
                    raise UserError(f"The file is larger than {max_size // (1024 * 1024)} MB; it cannot be attached.")
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        if expected is not None and sha != expected:
            raise UserError(f"The document {expected[:12]}… is damaged (its content does not match its hash).")
        target = folder / sha
        if target.is_file() and target.stat().st_size == size and file_sha256(target) == sha:
            tmp.unlink()
            _touch(target)
            return sha, size, False
        os.replace(tmp, target)
        fsync_dir(folder)
        return sha, size, True
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _touch(path: Path) -> None:
    """Mark a stored file as just used, so that the orphan sweep leaves it alone while its record is written."""
    with contextlib.suppress(OSError):
        os.utime(path)


def _check_owner(ws: Workspace, entity: str, entity_id: int) -> str:
    """The owner's id as stored; ValidationError when there is no such record."""
    if entity not in ENTITIES:
        raise ValidationError("entity", "invalid_choice", f"Documents cannot be attached to '{entity}'.")
    if entity == "state_profile":
        if str(entity_id) not in ("", "1"):
            raise ValidationError("entity_id", "invalid_choice", "There is only one State profile (id 1).")
        found = ws.db.execute("SELECT 1 FROM state_profile WHERE id = 1").fetchone()
        key = "1"
    elif entity == "matrix_field":
        key = str(entity_id)
        found = ws.db.execute("SELECT 1 FROM matrix_field WHERE key = ?", [key]).fetchone()
    else:
        try:
            number = int(str(entity_id))
        except ValueError:
            raise ValidationError("entity_id", "invalid_choice", f"'{entity_id}' is not a record number.") from None
        key = str(number)
        found = ws.db.execute(f"SELECT 1 FROM {entity} WHERE id = ?", [number]).fetchone()
    if not found:
        raise ValidationError("entity_id", "invalid_choice", f"There is no {entity.replace('_', ' ')} {entity_id}.")
    return key


def get(ws: Workspace, attachment_id: int) -> dict[str, Any]:
    rows = records.rows(
        ws.db,
        f"SELECT a.*, coalesce({_OWNER_LABEL_SQL}, ?) AS owner FROM attachment a WHERE a.id = ?",
        [DELETED_OWNER, attachment_id],
    )
    if not rows:
        raise NotFoundError(f"Attachment {attachment_id} does not exist.")
    return rows[0]


def add(ws: Workspace, entity: str, entity_id: int, source_path: str | Path, description: str = "") -> Changes[int]:
    """Attach the file at `source_path` to a record: one step (its `value` is the attachment's id).

    The file is stored first, outside the step's transaction (a large file is not copied while the
    database is locked); the step records the attachment."""
    owner_id = _check_owner(ws, entity, entity_id)
    source = Path(source_path).expanduser()
    if not source.is_file():
        raise ValidationError("file", "required", f"{source} is not a file.")
    if source.stat().st_size > MAX_SIZE:
        raise ValidationError(
            "file", "too_large", f"{source.name} is larger than {MAX_SIZE // (1024 * 1024)} MB; it cannot be attached."
        )
    folder = documents_dir(ws)
    try:
        with open(source, "rb") as handle:
            sha, size, written = store_stream(handle, folder, max_size=MAX_SIZE)
    except UserError as exc:
        raise ValidationError("file", "too_large", f"{source.name}: {exc}") from exc
    try:
        with steps.step(ws, Description("attach", "attachment", source.name)) as recorder:
            cursor = ws.db.execute(
                "INSERT INTO attachment (entity, entity_id, file_name, sha256, size, description, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [entity, owner_id, source.name, sha, size, description.strip(), utc_now(), ws.actor.name],
            )
            attachment_id = cursor.lastrowid
            assert attachment_id is not None  # an INSERT sets it
            record(
                ws.db,
                ws.actor,
                "create",
                "attachment",
                attachment_id,
                f"Attached {source.name} to {entity} {owner_id}",
                {"entity": entity, "entity_id": owner_id, "file_name": source.name, "sha256": sha, "size": size},
            )
    except BaseException:
        if written and not _referenced(ws, sha):
            (folder / sha).unlink(missing_ok=True)
        raise
    return recorder.changes(attachment_id)


def _referenced(ws: Workspace, sha: str) -> bool:
    return ws.db.execute("SELECT 1 FROM attachment WHERE sha256 = ? LIMIT 1", [sha]).fetchone() is not None


def list_for(ws: Workspace, entity: str, entity_id: int) -> list[dict[str, Any]]:
    """The documents attached to one record, oldest first."""
    return records.rows(
        ws.db,
        "SELECT * FROM attachment WHERE entity = ? AND entity_id = ? ORDER BY added_at, id",
        [entity, "1" if entity == "state_profile" else str(entity_id)],
    )


def list_all(ws: Workspace) -> list[dict[str, Any]]:
    """Every attachment with `owner`, a label for people ("(deleted)" when the record is gone)."""
    return records.rows(
        ws.db,
        f"SELECT a.*, coalesce({_OWNER_LABEL_SQL}, ?) AS owner FROM attachment a ORDER BY a.entity, a.entity_id, a.id",
        [DELETED_OWNER],
    )


def stored_path(folder: Path, sha: str) -> Path:
    """The file of a document in the documents folder; a recorded hash that is not one (a tampered
    database) is refused rather than used as a path."""
    if not SHA256_RE.match(str(sha)):
        raise UserError("This document's record is damaged (its content hash is not valid); it is not opened.")
    return folder / sha


def path_of(ws: Workspace, attachment_id: int) -> Path:
    """Where the document's file is; NotFoundError if the row or the file is missing."""
    row = get(ws, attachment_id)
    path = stored_path(documents_dir(ws), row["sha256"])
    if not path.is_file():
        raise NotFoundError(f"The document “{row['file_name']}” is missing from {documents_dir(ws)}.")
    return path


def _describe_removal(ws: Workspace, attachment_id: int) -> Description:
    row = ws.db.execute("SELECT file_name FROM attachment WHERE id = ?", [attachment_id]).fetchone()
    return Description("detach", "attachment", str(row[0]) if row else "")


@steps.operation(_describe_removal)
def remove(ws: Workspace, attachment_id: int) -> None:
    """Detach a document. Its file stays while the removal can be undone; the orphan sweep at a later
    start (`sweep_orphans`) deletes it once no attachment uses it and no step can bring it back."""
    row = get(ws, attachment_id)
    with write_transaction(ws.db):
        ws.db.execute("DELETE FROM attachment WHERE id = ?", [attachment_id])
        record(
            ws.db,
            ws.actor,
            "delete",
            "attachment",
            attachment_id,
            f"Removed {row['file_name']}",
            {k: row[k] for k in ("entity", "entity_id", "file_name", "sha256", "size")},
        )


def check(ws: Workspace) -> list[str]:
    """Problems with the documents' files: missing, or content not matching the recorded hash."""
    return check_files(ws.db, documents_dir(ws))


def check_files(db: Database, folder: Path) -> list[str]:
    """`check` for a database opened read-only (the `check` command) and its documents folder."""
    problems: list[str] = []
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachment'").fetchone() is None:
        return problems  # a database from before documents could be attached
    rows = records.rows(
        db, "SELECT sha256, size, group_concat(file_name, ', ') AS names FROM attachment GROUP BY sha256 ORDER BY names"
    )
    for row in rows:
        if not SHA256_RE.match(str(row["sha256"])):
            problems.append(f"the document {row['names']} has a damaged record (its content hash is not valid)")
            continue
        path = folder / row["sha256"]
        if not path.is_file():
            problems.append(f"the document {row['names']} is missing from {folder}")
        elif path.stat().st_size != row["size"] or file_sha256(path) != row["sha256"]:
            problems.append(f"the document {row['names']} is damaged (its content does not match its hash)")
    return problems
