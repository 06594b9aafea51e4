"""Project packages: the whole database and every attached document in one `.un1540` file.

A package is a ZIP holding `manifest.json`, `database.sqlite3` (a consistent snapshot made with
SQLite's backup API) and `documents/<sha256>`. The manifest records the size and SHA-256 of every
member, so a restore checks every byte before it replaces anything.

An encrypted package starts with `ENCRYPTED_MAGIC`, then one JSON header line (scrypt parameters,
salt, nonce prefix, chunk size), then the ZIP encrypted in chunks of `CHUNK_SIZE` bytes with
AES-256-GCM. Each chunk's nonce is the prefix, the chunk number and a last-chunk flag, and the header
is authenticated with every chunk: a changed, reordered, dropped or truncated chunk fails to decrypt.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import lzma
import os
import re
import shutil
import sqlite3
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from app import APP_VERSION, steps
from app.attachments import BLOCK, SHA256_RE, adopt_legacy_documents, documents_dir, file_sha256, store_stream
from app.audit import Actor, record, utc_now
from app.changes import Description
from app.errors import UserError
from app.input_files import printable, regular_file
from app.outputs import check_output_path, inflight_temp, private_dir_prefix, write_atomically
from app.package_format import (  # noqa: F401 (recognising a package: used through this module too)
    ENCRYPTED_MAGIC,
    FORMAT,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    is_encrypted,
    is_package,
)
from app.paths import data_dir
from app.workspace import Workspace
from db import JOURNAL_SUFFIXES, CorruptDatabaseError, Database, DatabaseError, connect, write_transaction
from db.backup import backup_to, copy_into, verify_copy
from db.connection import is_damage, private_folder
from db.integrity import check_pages, damage_summary, quick_check
from db.schema import check_database_file

FORMAT_VERSION = 1
SUFFIX = ".un1540"
DATABASE_NAME = "database.sqlite3"
CIPHER = "AES-256-GCM-STREAM"
CHUNK_SIZE = 1024 * 1024
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
# The header is not authenticated before the key is derived: only these costs are accepted (at most 128 MB, 1 s).
SCRYPT_ALLOWED = {"n": (2**14, 2**15, 2**16, 2**17), "r": (8,), "p": (1, 2)}
CHUNK_SIZES = (64 * 1024, 16 * 1024 * 1024)  # smallest and largest chunk accepted when reading
NONCE_PREFIX_BYTES = 7
TAG_BYTES = 16
WRONG_PASSPHRASE = "The passphrase is wrong, or the package is damaged."
UNKNOWN_ENCRYPTION = ("The package is encrypted in a way this version of the application does not know: it was made by a "
                      "newer version or is damaged.")
SPACE_RESERVE = 32 * 1000 * 1000  # left free on a disk after a restore has written what it needs
TEMP_PREFIX = "un1540-"
TEMP_FOLDER = "tmp"
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
CHECKED_OK = "integrity_check ok"  # the manifest's "checked": SQLite found the packed database sound
LOCK_TIMEOUT = 3.0  # seconds a restore waits for another window or program to finish what it is writing
IN_USE = ("The database is open in another window or program; close it and try again; nothing was changed.")
# What zipfile and its decompressors raise on a damaged or unusual ZIP (an encrypted member, an unknown
# compression, a bad CRC, a truncated stream...). OSError is left out where a write could raise it.
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, lzma.LZMAError, EOFError, KeyError, RuntimeError,
               NotImplementedError, ValueError, OverflowError)


def _why(exc: BaseException, limit: int = 160) -> str:
    """What a ZIP or decompression error says, for a message: one line, at most `limit` characters, without the raw
    bytes some of them quote (zipfile quotes a damaged header whole)."""
    text = " ".join(str(exc).split())
    quoted = re.search(r"""\bb(['"]).*""", text)  # a bytes literal: its content is not for people
    if quoted:
        text = text[:quoted.start()].rstrip(" :,(") + " (raw bytes left out)"
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class PackageError(UserError):
    """A package that cannot be written, read or restored; the message says why."""

    def __init__(self, message: str = "", *args: object) -> None:
        super().__init__(printable(message), *args)  # a file name that is not UTF-8 still prints


class DamagedDatabaseError(PackageError):
    """SQLite's integrity check found the database damaged: no package of it was written."""


class DatabaseInUse(PackageError):
    """Another window or program has the database open: a restore would race with it, so nothing was done."""


class PassphraseRequired(PackageError):
    """The package is encrypted and no passphrase was given."""


class DataMovedAside(PackageError):
    """The restore failed after the damaged database was moved aside, and it could not be put back: the message
    names where it is (so "your data is unchanged" would be untrue)."""


class WrongPassphrase(PackageError):
    """The package did not decrypt: the passphrase is wrong (or the encrypted data is damaged)."""


@dataclass(frozen=True)
class PackageInfo:
    path: Path
    size: int
    encrypted: bool
    documents: int
    database_bytes: int
    created_at: str
    missing_documents: tuple[str, ...] = ()  # file names whose document was missing or damaged: not included


@dataclass(frozen=True)
class RestoreResult:
    kept: Path | None  # where the previous data was kept (a package, or the damaged file moved aside)
    documents: int  # documents in the package, all checked
    documents_added: int = 0  # of which were missing from the documents folder and copied there


def human_size(size: int) -> str:
    """1 234 567 bytes as '1.2 MB'."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{size} bytes"


# --- temporary files ----------------------------------------------------------------------------


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
            raise PackageError(f"There is not enough free space to restore {package_name}: it needs {human_size(total)} "
                               f"in {folder} and {human_size(SPACE_RESERVE)} to spare, but only {human_size(free)} is "
                               "free. Free some space, then try again.")


# --- encryption ---------------------------------------------------------------------------------


def _derive_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    text = unicodedata.normalize("NFC", passphrase)  # the same passphrase typed on another system
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(text.encode("utf-8"))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


class _EncryptingWriter(io.RawIOBase):
    """A write-only stream that encrypts what it receives, chunk by chunk, into `sink`."""

    def __init__(self, sink: BinaryIO, passphrase: str):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        super().__init__()
        salt = os.urandom(16)
        self._prefix = os.urandom(NONCE_PREFIX_BYTES)
        header = {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": base64.b64encode(salt).decode("ascii"),
            "cipher": CIPHER, "chunk_size": CHUNK_SIZE, "nonce_prefix": base64.b64encode(self._prefix).decode("ascii"),
        }
        self._aad = ENCRYPTED_MAGIC + json.dumps(header, sort_keys=True).encode("ascii") + b"\n"
        self._aes = AESGCM(_derive_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))
        self._sink = sink
        self._buffer = bytearray()
        self._counter = 0
        self._position = 0
        self._finished = False
        sink.write(self._aad)

    def writable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def write(self, data: bytes) -> int:  # type: ignore[override]  # zipfile writes bytes
        if self._finished:
            raise ValueError("write to a finished package")
        self._buffer += data
        self._position += len(data)
        # Keep at least one byte back: the last chunk must be written with the last flag.
        while len(self._buffer) > CHUNK_SIZE:
            self._emit(bytes(self._buffer[:CHUNK_SIZE]), last=False)
            del self._buffer[:CHUNK_SIZE]
        return len(data)

    def _emit(self, chunk: bytes, last: bool) -> None:
        if self._counter >= 2**32:
            raise PackageError("The package is too large to encrypt.")
        self._sink.write(self._aes.encrypt(_nonce(self._prefix, self._counter, last), chunk, self._aad))
        self._counter += 1

    def finish(self) -> None:
        """Write the last chunk; the stream is complete only after this."""
        if not self._finished:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._finished = True


def _read_header(handle: BinaryIO) -> tuple[dict[str, Any], bytes]:
    """The encryption header of an open encrypted package, and the bytes it authenticates."""
    if handle.read(len(ENCRYPTED_MAGIC)) != ENCRYPTED_MAGIC:
        raise PackageError("The package is not encrypted.")
    line = handle.readline(4096)
    try:
        header = json.loads(line.decode("ascii")) if line.endswith(b"\n") else None
    except (UnicodeDecodeError, ValueError):
        header = None
    if not isinstance(header, dict):
        raise PackageError(WRONG_PASSPHRASE)
    version = header.get("format_version")
    if header.get("format") == FORMAT and isinstance(version, int) and version > FORMAT_VERSION:
        raise PackageError("The package was made by a newer version of the application; install it to restore the package.")
    try:
        ok = (header["format"] == FORMAT and header["kdf"] == "scrypt" and header["cipher"] == CIPHER
              and all(type(header[name]) is int and header[name] in allowed for name, allowed in SCRYPT_ALLOWED.items())
              and type(header["chunk_size"]) is int and CHUNK_SIZES[0] <= header["chunk_size"] <= CHUNK_SIZES[1]
              and len(base64.b64decode(header["nonce_prefix"], validate=True)) == NONCE_PREFIX_BYTES
              and 8 <= len(base64.b64decode(header["salt"], validate=True)) <= 64)
    except (KeyError, TypeError, ValueError, OverflowError):  # binascii.Error is a ValueError
        ok = False
    if not ok:
        raise PackageError(UNKNOWN_ENCRYPTION)
    return header, ENCRYPTED_MAGIC + line


def _decrypt(path: Path, passphrase: str, out: BinaryIO | None, first_chunk_only: bool = False) -> None:
    """Decrypt the package at `path` into `out`; PackageError if anything does not authenticate."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    with open(path, "rb") as handle:
        header, aad = _read_header(handle)
        try:
            key = _derive_key(passphrase, base64.b64decode(header["salt"]), header["n"], header["r"], header["p"])
        except (KeyError, TypeError, ValueError, OverflowError, MemoryError) as exc:
            raise PackageError(UNKNOWN_ENCRYPTION) from exc
        aes = AESGCM(key)
        prefix = base64.b64decode(header["nonce_prefix"])
        size = header["chunk_size"] + TAG_BYTES
        chunk = handle.read(size)
        counter = 0
        while True:
            following = handle.read(size) if chunk else b""
            last = not following
            try:
                if len(chunk) < TAG_BYTES:
                    raise InvalidTag()
                plain = aes.decrypt(_nonce(prefix, counter, last), chunk, aad)
            except InvalidTag:
                raise WrongPassphrase(WRONG_PASSPHRASE) from None
            if out is not None:
                out.write(plain)
            if last or first_chunk_only:
                return
            chunk = following
            counter += 1


def check_passphrase(path: str | Path, passphrase: str) -> bool:
    """Whether `passphrase` opens the encrypted package (checks its first chunk only: quick).

    False only when the first chunk does not decrypt; any other problem (a package made by a newer
    version, a damaged header, a file that cannot be read) raises PackageError with its own message.
    """
    path = Path(path).expanduser()
    try:
        _decrypt(path, passphrase, None, first_chunk_only=True)
    except WrongPassphrase:
        return False
    except OSError as exc:
        raise PackageError(f"{path.name} cannot be read ({exc.strerror or exc}).") from exc
    return True


def _looks_like_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def looks_like_package(path: str | Path) -> bool:
    """What `restore` treats as a package (a damaged one included): not a plain SQLite backup."""
    path = Path(path).expanduser()
    return path.suffix.lower() == SUFFIX or is_encrypted(path) or _looks_like_zip(path)


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
        "format_version": FORMAT_VERSION,
        "app_version": APP_VERSION,
        "created_at": utc_now(),
        "created_by": created_by,
        "state_code": profile[0][0] if profile else "",
        "is_training": bool(profile[0][1]) if profile else False,
        "schema": schema,
        "template_version": template[0][0] if template else "",
        "checked": CHECKED_OK,  # _write refuses a snapshot that fails the check
        "database": {"name": DATABASE_NAME, "size": snapshot.stat().st_size, "sha256": file_sha256(snapshot)},
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
    from app.rolling_backups import backups_dir, newest_good_backup  # it imports this module

    try:
        good = newest_good_backup(db_path, verify_unchecked=False)
    except Exception:  # the advice must never hide the refusal
        good = None
    if good is not None:
        return message + f" Restore the newest good backup: {good.path}"
    return message + f" Restore a backup you trust (the daily backups are in {backups_dir(db_path)})."


def _write(db: Database, db_path: Path, out: str | Path, passphrase: str | None, created_by: str,
           advise: bool = True) -> PackageInfo:
    out = check_output_path(out, db_path, allow_daily_backup=True, package=True)
    if passphrase is not None and not passphrase:
        raise PackageError("The passphrase is empty.")
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
                candidates.append((folder / sha, {"sha256": sha, "size": size, "file_names": names}))
            else:
                missing.extend(names)
        included: list[dict[str, Any]] = []

        def write(handle: BinaryIO) -> None:
            sink = _EncryptingWriter(handle, passphrase) if passphrase else handle
            with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True, strict_timestamps=False) as zf:
                zf.write(snapshot, DATABASE_NAME)
                for source, entry in candidates:
                    try:
                        zf.write(source, f"documents/{source.name}")
                    except FileNotFoundError:  # removed meanwhile (the daily backup runs beside the user's work)
                        missing.extend(entry["file_names"])
                        continue
                    included.append(entry)
                # Last, so that it lists exactly the documents written (readers find it by name).
                zf.writestr(MANIFEST_NAME, json.dumps({**manifest, "documents": included}, ensure_ascii=False, indent=1))
            if isinstance(sink, _EncryptingWriter):  # with a passphrase
                sink.finish()

        _write_atomically(out, write)
    return PackageInfo(path=out.resolve(), size=out.stat().st_size, encrypted=bool(passphrase), documents=len(included),
                       database_bytes=manifest["database"]["size"], created_at=manifest["created_at"],
                       missing_documents=tuple(missing))


def _is_intact(source: Path, sha: str, size: int) -> bool:
    """Whether the document file is there with its size and content; a file removed meanwhile is not."""
    try:
        return source.is_file() and source.stat().st_size == size and file_sha256(source) == sha
    except FileNotFoundError:
        return False


def write_package(ws: Workspace, out: str | Path, passphrase: str | None = None) -> PackageInfo:
    """Write the workspace's database and documents to the package `out`, atomically.

    With `passphrase`, the package is encrypted. On any error (a full disk included) a previous
    file at `out` is left untouched and no temporary file remains.
    """
    return _write(ws.db, ws.path, out, passphrase, ws.actor.name)


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


# --- reading ------------------------------------------------------------------------------------


class _OpenPackage:
    """A package opened for reading: the ZIP (decrypted into a private temporary folder if needed)."""

    def __init__(self, path: Path, passphrase: str | None):
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if not path.is_file():
            raise PackageError(f"{path} does not exist.")
        zip_path = path
        if is_encrypted(path):
            if not passphrase:
                raise PassphraseRequired(f"{path.name} is encrypted: its passphrase is needed.")
            _check_room([(temp_root(), path.stat().st_size)], path.name)  # the decrypted ZIP is about as large
            self._tmp = private_temp_dir("open")
            zip_path = Path(self._tmp.name) / "package.zip"
            try:
                with open(zip_path, "wb") as out:
                    _decrypt(path, passphrase, out)
            except BaseException:
                self.close()
                raise
        try:
            self.zip = zipfile.ZipFile(zip_path)
            self.manifest = self._read_manifest()
        except PackageError:
            self.close()
            raise
        except (*_ZIP_ERRORS, OSError) as exc:
            self.close()
            raise PackageError(f"{path.name} is damaged or is not a package of this application ({_why(exc)}).") from exc

    def _read_manifest(self) -> dict[str, Any]:
        assert self.zip is not None  # open until closed
        try:
            info = self.zip.getinfo(MANIFEST_NAME)
        except KeyError:
            raise PackageError(f"{self.path.name} is not a package of this application (no manifest).") from None
        if info.file_size > MAX_MANIFEST_BYTES:
            raise PackageError(f"{self.path.name} is damaged or is not a package of this application (its manifest is "
                               f"{human_size(info.file_size)}).")
        manifest = json.loads(self.zip.read(info).decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise PackageError(f"{self.path.name} is not a package of this application.")
        version = manifest.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise PackageError(f"{self.path.name} is damaged (unknown package format).")
        if version > FORMAT_VERSION:
            raise PackageError(f"{self.path.name} was made by a newer version of the application (package format "
                               f"{version}); install the newer version to restore it.")
        database = manifest.get("database")
        documents = manifest.get("documents")
        sound = (isinstance(database, dict) and database.get("name") == DATABASE_NAME
                 and _is_size(database.get("size")) and SHA256_RE.match(str(database.get("sha256", "")))
                 and isinstance(documents, list)
                 and all(isinstance(d, dict) and SHA256_RE.match(str(d.get("sha256", ""))) and _is_size(d.get("size"))
                         for d in documents))
        if not sound:
            raise PackageError(f"{self.path.name} is damaged (its manifest is incomplete).")
        return manifest

    def check_member(self, name: str, sha256: str, size: int, label: str, out: BinaryIO | None = None) -> None:
        """Read one member through, comparing it with its manifest entry; optionally copy it to `out`.

        A member whose recorded size differs from the manifest is refused before it is read, and
        reading stops as soon as more bytes come than the manifest says: nothing larger is written.
        """
        mismatch = PackageError(f"{self.path.name} is damaged: {label} does not match its manifest.")
        assert self.zip is not None  # open until closed
        try:
            info = self.zip.getinfo(name)
        except KeyError:
            raise PackageError(f"{self.path.name} is damaged: {label} is missing from it.") from None
        if info.file_size != size:
            raise mismatch
        digest = hashlib.sha256()
        length = 0
        try:
            member = self.zip.open(info)
        except (*_ZIP_ERRORS, OSError) as exc:
            raise PackageError(f"{self.path.name} is damaged: {label} cannot be read ({_why(exc)}).") from exc
        with member:
            while True:
                try:
                    block = member.read(BLOCK)
                except (*_ZIP_ERRORS, OSError) as exc:  # bz2 reports a damaged stream as OSError
                    raise PackageError(f"{self.path.name} is damaged: {label} cannot be read ({_why(exc)}).") from exc
                if not block:
                    break
                length += len(block)
                if length > size:
                    raise mismatch
                digest.update(block)
                if out is not None:
                    out.write(block)  # a full disk here is an OSError, not a damaged package
        if length != size or digest.hexdigest() != sha256:
            raise mismatch

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()
            self.zip = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> _OpenPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_size(value: object) -> bool:
    return type(value) is int and value >= 0


def read_manifest(path: str | Path, passphrase: str | None = None) -> dict[str, Any]:
    """The manifest of a package (an encrypted one needs its passphrase)."""
    with _OpenPackage(Path(path).expanduser(), passphrase) as package:
        return package.manifest


def _check_contents(package: _OpenPackage, extracted: Path) -> None:
    """Extract the package's database to `extracted` and read every document through, each compared with
    its size and SHA-256 in the manifest; PackageError on the first mismatch."""
    database = package.manifest["database"]
    with open(extracted, "wb") as out:
        package.check_member(DATABASE_NAME, database["sha256"], database["size"], "the database", out)
    for entry in package.manifest["documents"]:
        names = ", ".join(str(n) for n in entry.get("file_names") or []) or entry["sha256"][:12]
        package.check_member(f"documents/{entry['sha256']}", entry["sha256"], entry["size"], f"the document {names}")


def _verified(extracted: Path, package_path: Path) -> Database:
    try:
        return verify_copy(extracted)
    except DatabaseError as exc:
        raise PackageError(f"{package_path.name}: " + str(exc).replace(str(extracted), "the database")) from exc


def verify_package(path: str | Path, passphrase: str | None = None) -> None:
    """Check the package at `path` in full, as a restore does, without restoring it: PackageError if it
    would not restore (damaged, not ours, from a newer version, or its database fails SQLite's check)."""
    path = regular_file(path)
    with _OpenPackage(path, passphrase) as package, private_temp_dir("verify") as tmp:
        extracted = Path(tmp) / DATABASE_NAME
        _check_contents(package, extracted)
        _verified(extracted, path).conn.close()


# --- restoring ----------------------------------------------------------------------------------


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _free_name(path: Path) -> Path:
    """`path`, or `path` with -2, -3... before the suffix if it exists already."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def kept_package_path(db_path: Path) -> Path:
    """Where the data replaced by a restore is kept: `<stem>.before-restore-<stamp>.un1540` beside it."""
    return _free_name(db_path.with_name(f"{db_path.stem}.before-restore-{_stamp()}{SUFFIX}"))


def move_damaged_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its journal files) so that a restore can take its place."""
    target = _free_name(db_path.with_name(f"{db_path.stem}.damaged-{_stamp()}{db_path.suffix}"))
    db_path.rename(target)
    for suffix in JOURNAL_SUFFIXES:
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


def _move_back(kept: Path, db_path: Path) -> None:
    """Undo `move_damaged_aside`: the file (then its journal files) back under its own name."""
    os.replace(kept, db_path)
    for suffix in JOURNAL_SUFFIXES:
        extra = kept.with_name(kept.name + suffix)
        if extra.exists():
            os.replace(extra, db_path.with_name(db_path.name + suffix))



def _replace_damaged(copy: Database, db_path: Path) -> Path | None:
    """Put the checked `copy` in place of the damaged database at `db_path`; return where that file was moved.

    The new database is written completely beside it first: once the damaged file is moved aside, only
    a rename remains, and if that fails the damaged file is put back under its name.
    """
    fresh = _free_name(db_path.with_name(f".{db_path.stem}.restoring{db_path.suffix}"))
    try:
        fresh = backup_to(copy, fresh, inflight_temp)  # a full disk fails here, before anything is moved
        kept = move_damaged_aside(db_path) if db_path.exists() else None
        try:
            os.replace(fresh, db_path)
        except OSError as exc:
            if kept is not None:
                try:
                    _move_back(kept, db_path)
                except OSError:
                    raise DataMovedAside(
                        f"The restored database could not be put in place ({exc.strerror or exc}), and the damaged "
                        f"database could not be put back: it is kept as {kept}. Quit the application and rename that "
                        f"file {db_path.name} to use it again.") from exc
            raise
    finally:
        fresh.unlink(missing_ok=True)
    return kept


def _lock_exclusively(db_path: Path) -> Database:
    """A connection to `db_path` that holds it exclusively until it is closed: no other window or program
    can read or write it meanwhile (SQLite's exclusive locking mode).

    Refuses (DatabaseInUse) if another connection keeps the database open beyond LOCK_TIMEOUT: in WAL
    mode every open connection holds a shared lock, so a window left open is found reliably. A damaged
    file raises sqlite3.DatabaseError.
    """
    conn = sqlite3.connect(str(db_path), isolation_level=None, timeout=LOCK_TIMEOUT)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # before the first read: the lock is then never released
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        conn.close()
        code = getattr(exc, "sqlite_errorcode", 0) or 0
        if code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
            raise DatabaseInUse(IN_USE) from exc
        raise
    return Database(conn)


def _copy_damaged_aside(db_path: Path, raw: BinaryIO) -> Path:
    """Copy the damaged database (and its -wal, which holds committed changes) beside it, byte for byte;
    called while the database is locked, so the copy is exactly what is replaced.

    The database is read through `raw`, opened before the lock was taken and closed after it is released:
    on POSIX, closing any descriptor of a file drops every lock the process holds on it, so opening and
    closing the database file here would let another program in while the restore believes it is alone.
    """
    target = _free_name(db_path.with_name(f"{db_path.stem}.damaged-{_stamp()}{db_path.suffix}"))
    wal = db_path.with_name(db_path.name + "-wal")  # SQLite locks the database file only: the -wal may be opened
    copies: list[tuple[BinaryIO | None, Path]] = [(raw, target)]
    if wal.exists() and wal.stat().st_size > 0:
        copies.append((None, target.with_name(target.name + "-wal")))
    written: list[Path] = []
    try:
        # Each written under a hidden name first, recorded as in flight: a stopped run leaves no half copy under
        # the kept name, and the half copy itself is swept at the next start (app.outputs.sweep_leftovers).
        with contextlib.ExitStack() as partials:
            for source, final in copies:
                partial = partials.enter_context(inflight_temp(final.parent, final.name))
                with os.fdopen(os.open(partial, os.O_WRONLY | os.O_TRUNC), "wb") as out:
                    written.append(partial)
                    if source is None:
                        with open(wal, "rb") as handle:
                            shutil.copyfileobj(handle, out, BLOCK)
                    else:
                        source.seek(0)
                        shutil.copyfileobj(source, out, BLOCK)
                    out.flush()
                    os.fsync(out.fileno())
            for (_source, final), partial in reversed(list(zip(copies, written, strict=False))):  # the -wal first, then the file
                os.replace(partial, final)
                written.remove(partial)
                written.append(final)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return target


def _upgraded_copy(copy: Database, folder: Path, source_label: str) -> Database:
    """A private, writable copy of the checked `copy`, brought to this version's schema and template, so that
    it replaces the current data in one step of the backup API."""
    fresh = backup_to(copy, folder / "restoring.sqlite3")
    Workspace.open(fresh, source=source_label).close()
    conn = sqlite3.connect(str(fresh))
    conn.execute("PRAGMA journal_mode = delete")  # as the package's copy was: each open then picks its own mode
    return Database(conn)


def _actor_name(db: Database) -> str:
    from app.workspace import _os_user

    rows = _rows(db, "SELECT focal_point_name FROM state_profile WHERE id = 1")
    return (rows[0][0] if rows else "") or _os_user()


@dataclass
class _Restored:
    """The restored copy as `app.steps.barrier` sees a workspace: its connection and who restored it."""

    db: Database
    actor: Actor


def replace_database(copy: Database, db_path: Path, source_label: str, summary: str,
                     before_replace: Callable[[], None] | None = None, source_name: str = "") -> Path | None:
    """Replace the content of the database at `db_path` with the checked `copy`; return what was kept.

    The current data is kept aside and replaced under one exclusive lock, so no commit of another window
    or program can fall between the two: while another one has the database open, the restore is refused
    (DatabaseInUse). The current data, if any, is kept as a package beside the database; a damaged
    database (failing SQLite's quick check, or its integrity check when packed) is copied aside as it is.
    A database too damaged to open is renamed aside instead, once the restored database is ready to take
    its place. `before_replace` runs before the database changes (e.g. to add documents). The restored
    data is upgraded first and the restore recorded in its history, so that the data is replaced and the
    restore audited in one step (a crash leaves the one or the other, whole). The restore is also recorded
    as a step that cannot be undone (`source_name`, the file restored, names it): the steps before it
    belong to the data as it was when packed, not to the data replaced.
    """
    summary = printable(summary)
    with private_temp_dir("restore") as tmp:
        fresh = _upgraded_copy(copy, Path(tmp), source_label)
        try:
            with write_transaction(fresh):
                actor = Actor(_actor_name(fresh), source_label)
                record(fresh, actor, "restore", "database", "", summary)
                steps.barrier(cast(Workspace, _Restored(fresh, actor)), Description("restore", "database", source_name),
                              "restored")
            try:
                Workspace.open(db_path, source=source_label).close()  # created if missing, upgraded if older
            except CorruptDatabaseError:
                return _replace_unreadable(fresh, db_path, before_replace)
            except sqlite3.DatabaseError as exc:  # a damaged page read on opening: the quick check will find it
                if not is_damage(exc):
                    raise
            # Opened before the lock and closed after it (see _copy_damaged_aside).
            with open(db_path, "rb") as raw:
                try:
                    db = _lock_exclusively(db_path)
                except sqlite3.DatabaseError as exc:
                    if not is_damage(exc):
                        raise DatabaseError(f"The database cannot be locked for the restore ({exc}); nothing was "
                                            "changed.") from exc
                    db = None  # too damaged for SQLite to lock it: nobody can be using it
                if db is not None:
                    try:
                        if os.stat(db_path).st_ino != os.fstat(raw.fileno()).st_ino:
                            raise DatabaseInUse(IN_USE)  # replaced by another program meanwhile
                        return _replace_locked(db, raw, fresh, db_path, before_replace)
                    finally:
                        db.conn.close()
            return _replace_unreadable(fresh, db_path, before_replace)
        finally:
            fresh.conn.close()


def _replace_unreadable(fresh: Database, db_path: Path,
                        before_replace: Callable[[], None] | None) -> Path | None:
    """`replace_database` for a file too damaged to open: renamed aside once the restored one is ready."""
    if before_replace is not None:
        before_replace()
    return _replace_damaged(fresh, db_path)


def _replace_locked(db: Database, raw: BinaryIO, fresh: Database, db_path: Path,
                    before_replace: Callable[[], None] | None) -> Path | None:
    """The steps of `replace_database` done while `db` holds the database exclusively."""
    kept: Path | None = None
    damaged = bool(quick_check(db))
    if not damaged:
        try:
            if db.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 1:
                kept = _write(db, db_path, kept_package_path(db_path), None, _actor_name(db), advise=False).path
        except DamagedDatabaseError:
            damaged = True  # the integrity check of the packed copy found what the quick check did not
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise DatabaseError(f"The current data could not be kept aside ({exc}); nothing was restored.") from exc
            damaged = True
    if damaged:
        kept = _copy_damaged_aside(db_path, raw)
    try:
        if before_replace is not None:
            before_replace()
        copy_into(fresh, db)
    except BaseException:
        if damaged and kept is not None:
            kept.unlink(missing_ok=True)  # nothing was replaced: the database itself is still the damaged file
            kept.with_name(kept.name + "-wal").unlink(missing_ok=True)
        raise
    return kept


def _room_needed(manifest: dict[str, Any], db_path: Path, tmp: Path) -> list[tuple[Path, int]]:
    """What a restore writes, and where: the database in the temporary folder and beside the current
    one, and the documents the documents folder does not hold yet."""
    folder = documents_dir(db_path)
    sizes = {entry["sha256"]: entry["size"] for entry in manifest["documents"]}
    to_add = 0
    for sha, size in sizes.items():
        try:
            present = (folder / sha).stat().st_size == size
        except OSError:
            present = False
        to_add += 0 if present else size
    database = manifest["database"]["size"]
    return [(tmp, 2 * database), (db_path.parent, database), (folder, to_add)]  # extracted, then upgraded


def restore_package(path: str | Path, db_path: str | Path, passphrase: str | None = None,
                    source_label: str = "cli") -> RestoreResult:
    """Replace the database at `db_path` (and add its documents) with the package at `path`.

    Everything is checked first: the decryption, the ZIP, the manifest, the room on the disks, the
    SHA-256 of the database and of every document, and the database itself (sound, ours, not from a
    newer version). Only then is the current data kept aside as a package, the missing documents
    copied into the documents folder (none is ever deleted) and the database replaced.
    """
    path = regular_file(path)  # a pipe or a device is refused before it is opened
    db_path = Path(db_path).expanduser()
    with _OpenPackage(path, passphrase) as package, private_temp_dir("restore") as tmp:
        manifest = package.manifest
        _check_room(_room_needed(manifest, db_path, Path(tmp)), path.name)
        extracted = Path(tmp) / DATABASE_NAME
        _check_contents(package, extracted)
        documents = manifest["documents"]
        folder = documents_dir(db_path)
        if documents and (folder.exists() or folder.is_symlink()) and not folder.is_dir():
            raise PackageError(f"{folder} is in the way of the documents folder: it is not a folder. Move it away, "
                               "then restore again. Nothing was changed.")
        copy = _verified(extracted, path)
        added = 0

        def add_documents() -> None:
            nonlocal added
            folder = documents_dir(db_path)
            assert package.zip is not None  # open until closed
            for entry in documents:
                try:
                    member = package.zip.open(f"documents/{entry['sha256']}")
                except _ZIP_ERRORS as exc:  # checked above: only a package changed meanwhile gets here
                    raise PackageError(f"{path.name} is damaged ({_why(exc)}).") from exc
                with member:
                    added += store_stream(member, folder, expected=entry["sha256"])[2]

        try:
            summary = (f"Restored from {path.name} (package of {manifest.get('created_at', '?')} by "
                       f"{manifest.get('created_by', '?')}, {len(documents)} document(s))")
            kept = replace_database(copy, db_path, source_label, summary, add_documents, source_name=printable(path.name))
        finally:
            copy.conn.close()
    return RestoreResult(kept=kept, documents=len(documents), documents_added=added)
