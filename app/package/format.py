"""The package format: its names, limits, messages, errors and results, and how a package is recognised from
its first bytes or its manifest (`is_package`, `is_encrypted`) without reading it.

This module imports nothing of app.package's other modules nor app.outputs: app.outputs, which never lets an
output replace a package, takes `is_package` from here."""

from __future__ import annotations

import json
import lzma
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.input_files import printable

FORMAT = "un1540-package"
FORMAT_VERSION = 2  # the newest format this version reads
PLAIN_FORMAT_VERSION = 1  # a package holding its documents (what every version reads)
SHARED_FORMAT_VERSION = 2  # a daily backup whose documents are in the backups' shared folder beside it
SHARED_DOCUMENTS = "documents"  # that folder's name, beside the daily backups
DATABASE_CHUNK = 1024 * 1024  # a daily backup's database is kept in the shared folder in pieces of this size
MAX_CHUNK = 64 * 1024 * 1024  # the largest piece accepted when reading
CHUNK_SUFFIX = ".chunk"  # a piece's file: `<sha256 of the piece><CHUNK_SUFFIX>`, deflated
DATABASE_LEVEL = 1  # deflate level of the database: the fastest, most of its gain (documents are stored as they are)
SUFFIX = ".un1540"
DATABASE_NAME = "database.sqlite3"
MANIFEST_NAME = "manifest.json"
ENCRYPTED_MAGIC = b"UN1540-ENCRYPTED\n"
CIPHER = "AES-256-GCM-STREAM"
CHUNK_SIZE = 1024 * 1024
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
# The header is not authenticated before the key is derived: only these costs are accepted (at most 128 MB, 1 s).
SCRYPT_ALLOWED = {"n": (2**14, 2**15, 2**16, 2**17), "r": (8,), "p": (1, 2)}
CHUNK_SIZES = (64 * 1024, 16 * 1024 * 1024)  # smallest and largest chunk accepted when reading
NONCE_PREFIX_BYTES = 7
TAG_BYTES = 16
WRONG_PASSPHRASE = "The passphrase is wrong, or the package is damaged."
UNKNOWN_ENCRYPTION = (
    "The package is encrypted in a way this version of the application does not know: it was made by a "
    "newer version or is damaged."
)
MAX_MANIFEST_BYTES = 32 * 1024 * 1024
SPACE_RESERVE = 32 * 1000 * 1000  # left free on a disk after a restore has written what it needs
TEMP_PREFIX = "un1540-"
TEMP_FOLDER = "tmp"
SQLITE_BUSY, SQLITE_LOCKED = 5, 6
CHECKED_OK = "integrity_check ok"  # the manifest's "checked": SQLite found the packed database sound
LOCK_TIMEOUT = 3.0  # seconds a restore waits for another window or program to finish what it is writing
IN_USE = "The database is open in another window or program; close it and try again; nothing was changed."
# What zipfile and its decompressors raise on a damaged or unusual ZIP (an encrypted member, an unknown
# compression, a bad CRC, a truncated stream...). OSError is left out where a write could raise it.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    KeyError,
    RuntimeError,
    NotImplementedError,
    ValueError,
    OverflowError,
)


def _why(exc: BaseException, limit: int = 160) -> str:
    """What a ZIP or decompression error says, for a message: one line, at most `limit` characters, without the raw
    bytes some of them quote (zipfile quotes a damaged header whole)."""
    text = " ".join(str(exc).split())
    quoted = re.search(r"""\bb(['"]).*""", text)  # a bytes literal: its content is not for people
    if quoted:
        text = text[: quoted.start()].rstrip(" :,(") + " (raw bytes left out)"
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


def is_encrypted(path: str | Path) -> bool:
    try:
        with open(Path(path).expanduser(), "rb") as handle:
            return handle.read(len(ENCRYPTED_MAGIC)) == ENCRYPTED_MAGIC
    except OSError:
        return False


def is_package(path: str | Path) -> bool:
    """True for an encrypted package, or a ZIP holding a manifest of ours."""
    path = Path(path).expanduser()
    if is_encrypted(path):
        return True
    try:
        with zipfile.ZipFile(path) as zf:
            if zf.getinfo(MANIFEST_NAME).file_size > MAX_MANIFEST_BYTES:
                return False
            return bool(json.loads(zf.read(MANIFEST_NAME)).get("format") == FORMAT)
    except Exception:  # not a ZIP, no manifest, not JSON: not a package
        return False
