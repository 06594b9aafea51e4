"""Recognising a project package (`.un1540`) from its first bytes or its manifest, without reading it.

Below both app.package, which writes and restores packages, and app.outputs, which never lets an output replace
one: neither needs the other to tell a package from any other file.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

FORMAT = "un1540-package"
MANIFEST_NAME = "manifest.json"
ENCRYPTED_MAGIC = b"UN1540-ENCRYPTED\n"
MAX_MANIFEST_BYTES = 32 * 1024 * 1024


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
