"""Writing a package: a checked snapshot of the database and every attached document."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import zipfile
import zlib
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any, BinaryIO

from app import APP_VERSION
from app.attachments import BLOCK, SHA256_RE, adopt_legacy_documents, documents_dir, file_sha256, store_stream
from app.audit import utc_now
from app.backup_list import backups_dir, newest_good_backup
from app.input_files import regular_file
from app.outputs import check_output_path, write_atomically
from app.package.crypto import (
    _EncryptingWriter,
)
from app.package.format import (
    CHECKED_OK,
    CHUNK_SUFFIX,
    DATABASE_CHUNK,
    DATABASE_LEVEL,
    DATABASE_NAME,
    FORMAT,
    MANIFEST_NAME,
    PLAIN_FORMAT_VERSION,
    SHARED_DOCUMENTS,
    SHARED_FORMAT_VERSION,
    DamagedDatabaseError,
    PackageError,
    PackageInfo,
)
from app.package.temp import (
    private_temp_dir,
)
from app.workspace import Workspace
from db import Database, connect
from db.backup import backup_to
from db.connection import is_damage, private_folder
from db.integrity import check_pages, damage_summary
from db.schema import check_database_file

# --- writing ------------------------------------------------------------------------------------


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    try:
        return db.execute(sql).fetchall()
    except sqlite3.OperationalError:  # an older schema without that table
        return []


def _manifest(snapshot: Path, created_by: str) -> tuple[dict[str, Any], list[tuple[str, int, list[str]]]]:
    """The manifest of a database snapshot, and the documents it refers to (sha256, size, names)."""
    from db.migrations import applied_names

    db = Database(sqlite3.connect(snapshot))
    try:
        profile = _rows(db, "SELECT state_code, is_training FROM state_profile WHERE id = 1")
        template = _rows(db, "SELECT version FROM matrix_template WHERE is_current = 1")
        documents: dict[str, tuple[int, list[str]]] = {}
        for sha, size, name in _rows(db, "SELECT sha256, size, file_name FROM attachment ORDER BY id"):
            names = documents.setdefault(sha, (size, []))[1]
            if name not in names:
                names.append(name)
        schema = applied_names(db)
    finally:
        db.conn.close()
    manifest = {
        "format": FORMAT,
        "format_version": PLAIN_FORMAT_VERSION,
        "app_version": APP_VERSION,
        "created_at": utc_now(),
        "created_by": created_by,
        "state_code": profile[0][0] if profile else "",
        "is_training": bool(profile[0][1]) if profile else False,
        "schema": schema,
        "template_version": template[0][0] if template else "",
        "checked": CHECKED_OK,  # _write refuses a snapshot that fails the check
        "database": {"name": DATABASE_NAME, "size": snapshot.stat().st_size, "sha256": ""},  # hashed as it is packed
        "documents": [],
    }
    return manifest, [(sha, size, names) for sha, (size, names) in documents.items()]


def _write_atomically(out: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write `out` through a temporary file in its folder (recorded, so that a killed run's is swept at the
    next start); on any error `out` is left as it was."""
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(out, write)


def snapshot_problems(snapshot: Path) -> list[str]:
    """What SQLite's integrity and foreign key checks find in a database copy (empty: sound), one line each."""
    conn = sqlite3.connect(f"{snapshot.resolve().as_uri()}?mode=ro", uri=True)
    try:
        findings = check_pages(conn)
        if findings:
            return ["SQLite's integrity check found: " + damage_summary(findings)]
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            return [f"{len(broken)} broken reference(s) in table(s) {', '.join(sorted({row[0] for row in broken}))}"]
        return []
    except sqlite3.DatabaseError as exc:
        return [f"SQLite cannot read it: {exc}"]
    finally:
        conn.close()


def _damaged_message(db_path: Path, problems: list[str], advise: bool) -> str:
    message = f"The database is damaged ({problems[0]}); no backup was written."
    if not advise:
        return message
    try:
        good = newest_good_backup(db_path, verify_unchecked=False)
    except Exception:
        good = None
    if good is not None:
        return message + f" Restore the newest good backup: {good.path}"
    return message + f" Restore a backup you trust (the daily backups are in {backups_dir(db_path)})."


def _write(
    db: Database,
    db_path: Path,
    out: str | Path,
    passphrase: str | None,
    created_by: str,
    advise: bool = True,
    shared: bool = False,
    database_level: int | None = DATABASE_LEVEL,
    intact: set[str] | None = None,
) -> PackageInfo:
    """Write the package `out` of the database `db` (at `db_path`) and its documents.

    The documents are stored as they are (most are PDFs and photographs, compressed already: deflating
    them again costs seconds and gains little); only the database is deflated. With `shared` (a daily
    backup), the documents and the database's pieces are not put in the package but in the folder beside it,
    under their SHA-256 (`SHARED_DOCUMENTS`), where every daily backup finds them: what is unchanged is kept
    there once.
    `database_level` None stores the database as it is too (the current data kept aside by a restore: at once).
    """
    out = check_output_path(out, db_path, allow_daily_backup=True, package=True)
    if passphrase is not None and not passphrase:
        raise PackageError("The passphrase is empty.")
    if shared and passphrase:
        raise PackageError("Shared documents are for the unencrypted daily backups only.")
    shared_folder = out.parent / SHARED_DOCUMENTS
    folder = documents_dir(db_path)
    with private_temp_dir("package") as tmp:
        try:
            snapshot = backup_to(db, Path(tmp) / DATABASE_NAME)
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            raise DamagedDatabaseError(_damaged_message(db_path, [f"SQLite cannot read it: {exc}"], advise)) from exc
        problems = snapshot_problems(snapshot)  # cheap: the copy is made and private
        if problems:
            raise DamagedDatabaseError(_damaged_message(db_path, problems, advise))
        manifest, documents = _manifest(snapshot, created_by)
        candidates: list[tuple[Path, dict[str, Any]]] = []
        missing: list[str] = []
        for sha, size, names in documents:
            if SHA256_RE.match(sha) and _is_intact(folder / sha, sha, size):
                if intact is not None:
                    intact.add(sha)  # read through and found whole, for the caller (a restore: see add_documents)
                candidates.append((folder / sha, {"sha256": sha, "size": size, "file_names": names}))
            else:
                missing.extend(names)
        included: list[dict[str, Any]] = []
        if shared:
            manifest["format_version"] = SHARED_FORMAT_VERSION
            manifest["shared_documents"] = SHARED_DOCUMENTS
            # The database too, in pieces: from one day to the next most pieces are unchanged (the history grows
            # at its end), so fourteen days of a 140 MB database take little more than one.
            manifest["database"]["chunk_size"] = DATABASE_CHUNK
            manifest["database"]["sha256"], manifest["database"]["chunks"] = _share_database(
                snapshot, shared_folder, DATABASE_CHUNK
            )
            for source, entry in candidates:
                try:
                    share_document(source, shared_folder, entry["sha256"], entry["size"])
                except FileNotFoundError:  # removed meanwhile (the daily backup runs beside the user's work)
                    missing.extend(entry["file_names"])
                    continue
                included.append(entry)

        def write(handle: BinaryIO) -> None:
            sink = _EncryptingWriter(handle, passphrase) if passphrase else handle
            with zipfile.ZipFile(
                sink, "w", compression=zipfile.ZIP_STORED, allowZip64=True, strict_timestamps=False
            ) as zf:
                if not shared:
                    manifest["database"]["sha256"] = _pack_database(zf, snapshot, database_level)
                    for source, entry in candidates:
                        try:
                            zf.write(source, f"documents/{source.name}")  # stored: see above
                        except FileNotFoundError:  # removed meanwhile
                            missing.extend(entry["file_names"])
                            continue
                        included.append(entry)
                # Last, so that it lists exactly the documents written (readers find it by name).
                listed = json.dumps({**manifest, "documents": included}, ensure_ascii=False, indent=1)
                zf.writestr(MANIFEST_NAME, listed, compress_type=zipfile.ZIP_DEFLATED)
            if isinstance(sink, _EncryptingWriter):  # with a passphrase
                sink.finish()

        _write_atomically(out, write)
    return PackageInfo(
        path=out.resolve(),
        size=out.stat().st_size,
        encrypted=bool(passphrase),
        documents=len(included),
        database_bytes=manifest["database"]["size"],
        created_at=manifest["created_at"],
        missing_documents=tuple(missing),
    )


def _pack_database(zf: zipfile.ZipFile, snapshot: Path, level: int | None) -> str:
    """Write the snapshot into the package as `DATABASE_NAME` (deflated at `level`, or stored if None), hashing it
    on the way (read once); return its SHA-256.

    The deflate runs on DEFLATE_THREADS threads, a 1 MB piece each (zlib lets go of the GIL), while this thread
    reads, hashes and writes: each piece is deflated on its own and ends on a byte boundary (a sync flush), so
    the pieces one after the other are the one deflate stream a ZIP member holds, as pigz writes it."""
    info = zipfile.ZipInfo.from_file(snapshot, DATABASE_NAME, strict_timestamps=False)
    info.compress_type = zipfile.ZIP_STORED if level is None else zipfile.ZIP_DEFLATED
    info._compresslevel = level  # type: ignore[attr-defined]  # what ZipFile.write sets too (no public way with open())
    digest = hashlib.sha256()
    with open(snapshot, "rb") as source, zf.open(info, "w", force_zip64=info.file_size > 2**31) as member:
        blocks = iter(lambda: source.read(BLOCK), b"")
        if level is None or not hasattr(member, "_compressor"):  # stored, or a zipfile that works otherwise
            for block in blocks:
                digest.update(block)
                member.write(block)
            return digest.hexdigest()
        deflated = _DeflatedAhead()
        member._compressor = deflated  # zipfile takes each piece's deflate from it, in order, and its end
        with ThreadPoolExecutor(DEFLATE_THREADS, thread_name_prefix="deflate") as pool:
            waiting: deque[tuple[bytes, Future[bytes]]] = deque()
            for block in blocks:
                waiting.append((block, pool.submit(_deflate_piece, block, level)))
                digest.update(block)
                if len(waiting) > 2 * DEFLATE_THREADS:  # a few pieces ahead, not the whole database in memory
                    _write_piece(member, deflated, waiting.popleft())
            while waiting:
                _write_piece(member, deflated, waiting.popleft())
    return digest.hexdigest()


DEFLATE_THREADS = 2


def _deflate_piece(block: bytes, level: int) -> bytes:
    """One piece of a deflate stream: raw deflate of `block`, flushed to a byte boundary but not ended."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)


class _DeflatedAhead:
    """A ZIP member's compressor whose pieces were deflated ahead: `compress` returns the next one (for the
    block the member writes, which it counts and checksums itself), `flush` the stream's end."""

    def __init__(self) -> None:
        self.next: bytes = b""

    def compress(self, _block: bytes) -> bytes:
        piece, self.next = self.next, b""
        return piece

    def flush(self) -> bytes:
        return zlib.compressobj(1, zlib.DEFLATED, -zlib.MAX_WBITS).flush()  # an empty last block


def _write_piece(member: IO[bytes], deflated: _DeflatedAhead, item: tuple[bytes, Future[bytes]]) -> None:
    block, piece = item
    deflated.next = piece.result()
    member.write(block)


def _share_database(snapshot: Path, shared: Path, size: int) -> tuple[str, list[str]]:
    """Put the snapshot's pieces that the shared folder lacks there (deflated); return its SHA-256 and its pieces."""
    private_folder(shared)
    whole = hashlib.sha256()
    chunks = []
    with open(snapshot, "rb") as source:
        for piece in iter(lambda: source.read(size), b""):
            whole.update(piece)
            sha = hashlib.sha256(piece).hexdigest()
            chunks.append(sha)
            target = shared / f"{sha}{CHUNK_SUFFIX}"
            try:
                if target.is_file():
                    os.utime(target)  # in use again: a rotation in another window leaves it alone
                    continue
            except OSError:
                pass
            fd, partial = tempfile.mkstemp(prefix=".incoming-", suffix=".tmp", dir=shared)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(zlib.compress(piece, 6))
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(partial, target)
            except BaseException:
                Path(partial).unlink(missing_ok=True)
                raise
    return whole.hexdigest(), chunks


def share_document(source: Path, shared: Path, sha: str, size: int) -> None:
    """Put the document `source` (checked: `sha`, `size`) in the shared folder unless it is there already.

    One already there is only marked as just used (its modification time), so that a rotation running
    meanwhile in another window leaves it alone; `verify_package` checks its content.
    """
    present = shared / sha
    try:
        if present.is_file() and present.stat().st_size == size:
            os.utime(present)
            return
    except OSError:
        pass  # written again below
    with open(source, "rb") as handle:
        store_stream(handle, shared, expected=sha)


def _is_intact(source: Path, sha: str, size: int) -> bool:
    """Whether the document file is there with its size and content; a file removed meanwhile is not."""
    try:
        return source.is_file() and source.stat().st_size == size and file_sha256(source) == sha
    except FileNotFoundError:
        return False


def write_package(
    ws: Workspace, out: str | Path, passphrase: str | None = None, *, shared_documents: bool = False
) -> PackageInfo:
    """Write the workspace's database and documents to the package `out`, atomically.

    With `passphrase`, the package is encrypted. On any error (a full disk included) a previous
    file at `out` is left untouched and no temporary file remains. With `shared_documents` (the daily
    backups), the documents go to the shared folder beside `out` instead (see `_write`).
    """
    return _write(ws.db, ws.path, out, passphrase, ws.actor.name, shared=shared_documents)


def write_package_of_file(db_path: str | Path, out: str | Path, passphrase: str | None = None) -> PackageInfo:
    """Package the database file at `db_path` as it is, without upgrading it first."""
    db_path = regular_file(db_path)
    check_database_file(db_path)  # another program's file, or one with SQL of its own: left unchanged
    db = connect(db_path)
    try:
        adopt_legacy_documents(db, db_path)
        rows = _rows(db, "SELECT focal_point_name FROM state_profile WHERE id = 1")
        from app.workspace import _os_user

        return _write(db, db_path, out, passphrase, (rows[0][0] if rows else "") or _os_user())
    finally:
        db.conn.close()
