"""Project packages: the whole database and every attached document in one `.un1540` file.

A package is a ZIP holding `manifest.json`, `database.sqlite3` (a consistent snapshot made with
SQLite's backup API) and `documents/<sha256>`. The manifest records the size and SHA-256 of every
member, so a restore checks every byte before it replaces anything.

An encrypted package starts with `ENCRYPTED_MAGIC`, then one JSON header line (scrypt parameters,
salt, nonce prefix, chunk size), then the ZIP encrypted in chunks of `CHUNK_SIZE` bytes with
AES-256-GCM. Each chunk's nonce is the prefix, the chunk number and a last-chunk flag, and the header
is authenticated with every chunk: a changed, reordered, dropped or truncated chunk fails to decrypt.

The modules: `format` (names, limits, errors, results), `temp` (private temporary folders, free space),
`crypto` (encryption), `writing`, `reading` (opening and checking a package) and `restore`. Their public
names are importable from `app.package` itself.
"""

from __future__ import annotations

from app.package.crypto import check_passphrase, is_encrypted
from app.package.format import (
    CHECKED_OK,
    CHUNK_SUFFIX,
    DATABASE_NAME,
    ENCRYPTED_MAGIC,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_NAME,
    SHARED_DOCUMENTS,
    SUFFIX,
    TEMP_FOLDER,
    TEMP_PREFIX,
    DamagedDatabaseError,
    DatabaseInUse,
    DataMovedAside,
    PackageError,
    PackageInfo,
    PassphraseRequired,
    RestoreResult,
    WrongPassphrase,
)
from app.package.reading import is_package, looks_like_package, read_manifest, verify_package
from app.package.restore import (
    kept_package_path,
    move_damaged_aside,
    replace_database,
    restore_package,
)
from app.package.temp import private_temp_dir, temp_root
from app.package.writing import snapshot_problems, write_package, write_package_of_file
from app.sizes import human_size

__all__ = [
    "CHECKED_OK", "CHUNK_SUFFIX", "DATABASE_NAME", "ENCRYPTED_MAGIC", "FORMAT", "FORMAT_VERSION", "MANIFEST_NAME",
    "SHARED_DOCUMENTS",
    "SUFFIX",
    "TEMP_FOLDER", "TEMP_PREFIX", "DamagedDatabaseError", "DataMovedAside", "DatabaseInUse", "PackageError",
    "PackageInfo", "PassphraseRequired", "RestoreResult", "WrongPassphrase", "check_passphrase", "human_size",
    "is_encrypted", "is_package", "kept_package_path", "looks_like_package", "move_damaged_aside",
    "private_temp_dir", "read_manifest", "replace_database", "restore_package", "snapshot_problems", "temp_root",
    "verify_package", "write_package", "write_package_of_file",
]
