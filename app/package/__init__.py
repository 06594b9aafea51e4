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
names are importable from `app.package` itself, loaded when first named: importing `app.package.format`
(as app.outputs does, to recognise a package) loads nothing else of the package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.package.crypto import check_passphrase
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
        is_encrypted,
        is_package,
    )
    from app.package.reading import looks_like_package, read_manifest, verify_package
    from app.package.restore import (
        kept_package_path,
        move_damaged_aside,
        replace_database,
        restore_package,
    )
    from app.package.temp import private_temp_dir, temp_root
    from app.package.writing import snapshot_problems, write_package, write_package_of_file
    from app.sizes import human_size

_HOMES = {
    "CHECKED_OK": "app.package.format",
    "CHUNK_SUFFIX": "app.package.format",
    "DATABASE_NAME": "app.package.format",
    "DamagedDatabaseError": "app.package.format",
    "DataMovedAside": "app.package.format",
    "DatabaseInUse": "app.package.format",
    "ENCRYPTED_MAGIC": "app.package.format",
    "FORMAT": "app.package.format",
    "FORMAT_VERSION": "app.package.format",
    "MANIFEST_NAME": "app.package.format",
    "PackageError": "app.package.format",
    "PackageInfo": "app.package.format",
    "PassphraseRequired": "app.package.format",
    "RestoreResult": "app.package.format",
    "SHARED_DOCUMENTS": "app.package.format",
    "SUFFIX": "app.package.format",
    "TEMP_FOLDER": "app.package.format",
    "TEMP_PREFIX": "app.package.format",
    "WrongPassphrase": "app.package.format",
    "check_passphrase": "app.package.crypto",
    "human_size": "app.sizes",
    "is_encrypted": "app.package.format",
    "is_package": "app.package.format",
    "kept_package_path": "app.package.restore",
    "looks_like_package": "app.package.reading",
    "move_damaged_aside": "app.package.restore",
    "private_temp_dir": "app.package.temp",
    "read_manifest": "app.package.reading",
    "replace_database": "app.package.restore",
    "restore_package": "app.package.restore",
    "snapshot_problems": "app.package.writing",
    "temp_root": "app.package.temp",
    "verify_package": "app.package.reading",
    "write_package": "app.package.writing",
    "write_package_of_file": "app.package.writing",
}


def __getattr__(name: str) -> Any:
    """A public name of the package, from the module that defines it (PEP 562)."""
    try:
        home = _HOMES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    return getattr(importlib.import_module(home), name)


__all__ = [
    "CHECKED_OK",
    "CHUNK_SUFFIX",
    "DATABASE_NAME",
    "ENCRYPTED_MAGIC",
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST_NAME",
    "SHARED_DOCUMENTS",
    "SUFFIX",
    "TEMP_FOLDER",
    "TEMP_PREFIX",
    "DamagedDatabaseError",
    "DataMovedAside",
    "DatabaseInUse",
    "PackageError",
    "PackageInfo",
    "PassphraseRequired",
    "RestoreResult",
    "WrongPassphrase",
    "check_passphrase",
    "human_size",
    "is_encrypted",
    "is_package",
    "kept_package_path",
    "looks_like_package",
    "move_damaged_aside",
    "private_temp_dir",
    "read_manifest",
    "replace_database",
    "restore_package",
    "snapshot_problems",
    "temp_root",
    "verify_package",
    "write_package",
    "write_package_of_file",
]
