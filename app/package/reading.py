"""Opening and checking a package: the ZIP, its manifest and every member against it."""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any, BinaryIO, cast

from app.attachments import BLOCK, SHA256_RE
from app.input_files import regular_file
from app.package.crypto import _decrypt
from app.package.format import (
    _ZIP_ERRORS,
    CHUNK_SUFFIX,
    DATABASE_NAME,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_NAME,
    MAX_CHUNK,
    MAX_MANIFEST_BYTES,
    SHARED_DOCUMENTS,
    SHARED_FORMAT_VERSION,
    SUFFIX,
    PackageError,
    PassphraseRequired,
    _why,
    is_encrypted,
)
from app.package.temp import (
    _check_room,
    private_temp_dir,
    temp_root,
)
from app.sizes import human_size
from db import Database, DatabaseError
from db.backup import verify_copy


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
            raise PackageError(
                f"{path.name} is damaged or is not a package of this application ({_why(exc)})."
            ) from exc

    def _read_manifest(self) -> dict[str, Any]:
        assert self.zip is not None  # open until closed
        try:
            info = self.zip.getinfo(MANIFEST_NAME)
        except KeyError:
            raise PackageError(f"{self.path.name} is not a package of this application (no manifest).") from None
        if info.file_size > MAX_MANIFEST_BYTES:
            raise PackageError(
                f"{self.path.name} is damaged or is not a package of this application (its manifest is "
                f"{human_size(info.file_size)})."
            )
        manifest = json.loads(self.zip.read(info).decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise PackageError(f"{self.path.name} is not a package of this application.")
        version = manifest.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise PackageError(f"{self.path.name} is damaged (unknown package format).")
        if version > FORMAT_VERSION:
            raise PackageError(
                f"{self.path.name} was made by a newer version of the application (package format "
                f"{version}); install the newer version to restore it."
            )
        database = manifest.get("database")
        documents = manifest.get("documents")
        sound = (
            isinstance(database, dict)
            and database.get("name") == DATABASE_NAME
            and _is_size(database.get("size"))
            and SHA256_RE.match(str(database.get("sha256", "")))
            and isinstance(documents, list)
            and all(
                isinstance(d, dict) and SHA256_RE.match(str(d.get("sha256", ""))) and _is_size(d.get("size"))
                for d in documents
            )
        )
        # A daily backup's documents are in the backups' shared folder beside it (never an encrypted package's).
        shared = manifest.get("shared_documents")
        if version >= SHARED_FORMAT_VERSION or shared is not None:
            chunks = database.get("chunks") if isinstance(database, dict) else None
            chunk_size = database.get("chunk_size") if isinstance(database, dict) else None
            sound = (
                sound
                and shared == SHARED_DOCUMENTS
                and self._tmp is None
                and isinstance(chunks, list)
                and type(chunk_size) is int
                and 4096 <= chunk_size <= MAX_CHUNK
                and all(SHA256_RE.match(str(chunk)) for chunk in chunks)
            )
        if not sound:
            raise PackageError(f"{self.path.name} is damaged (its manifest is incomplete).")
        return manifest

    @property
    def shared(self) -> Path | None:
        """The shared documents folder of a daily backup; None when the documents are in the package."""
        return self.path.parent / SHARED_DOCUMENTS if self.manifest.get("shared_documents") else None

    def open_document(self, entry: dict[str, Any]) -> BinaryIO:
        """The content of a document the manifest lists (checked already by `check_document`)."""
        if self.shared is not None:
            try:
                return open(self.shared / entry["sha256"], "rb")
            except OSError as exc:
                raise PackageError(self._shared_missing(entry)) from exc
        assert self.zip is not None  # open until closed
        try:
            return cast(BinaryIO, self.zip.open(f"documents/{entry['sha256']}"))
        except _ZIP_ERRORS as exc:
            raise PackageError(f"{self.path.name} is damaged ({_why(exc)}).") from exc

    def _shared_missing(self, entry: dict[str, Any]) -> str:
        return (
            f"{self.path.name} cannot be restored: the document {_names(entry)} is missing from the backups' "
            f"shared documents folder {self.shared}. Nothing was changed; restore another backup."
        )

    def extract_shared_database(self, out: BinaryIO) -> None:
        """Write a daily backup's database to `out` from its pieces in the shared folder, each checked, then the
        whole (PackageError if a piece is missing or damaged)."""
        database = self.manifest["database"]
        shared = self.shared
        assert shared is not None  # a daily backup's
        whole, length, size = hashlib.sha256(), 0, database["chunk_size"]
        for number, sha in enumerate(database["chunks"], 1):
            where = (
                f"piece {number} of the database ({sha[:12]}…) in the backups' shared documents folder {self.shared}"
            )
            try:
                with open(shared / f"{sha}{CHUNK_SUFFIX}", "rb") as handle:
                    inflate = zlib.decompressobj()
                    piece = inflate.decompress(handle.read(2 * size), size + 1)  # never larger than a piece
                    if not inflate.eof:
                        raise zlib.error("the piece is truncated or too large")
            except FileNotFoundError:
                raise PackageError(
                    f"{self.path.name} cannot be restored: {where} is missing. Nothing was changed; "
                    "restore another backup."
                ) from None
            except (OSError, zlib.error) as exc:
                raise PackageError(
                    f"{self.path.name} cannot be restored: {where} is damaged ({_why(exc)}). Nothing "
                    "was changed; restore another backup."
                ) from exc
            if hashlib.sha256(piece).hexdigest() != sha:
                raise PackageError(
                    f"{self.path.name} cannot be restored: {where} is damaged (its content does not "
                    "match the backup). Nothing was changed; restore another backup."
                )
            length += len(piece)
            if length > database["size"]:
                break
            whole.update(piece)
            out.write(piece)
        if length != database["size"] or whole.hexdigest() != database["sha256"]:
            raise PackageError(f"{self.path.name} is damaged: the database does not match its manifest.")

    def check_document(self, entry: dict[str, Any]) -> None:
        """Read one document through, comparing it with its manifest entry (PackageError if it differs)."""
        label = f"the document {_names(entry)}"
        if self.shared is None:
            self.check_member(f"documents/{entry['sha256']}", entry["sha256"], entry["size"], label)
            return
        try:
            handle = open(self.shared / entry["sha256"], "rb")  # noqa: SIM115 (closed by the with below)
        except FileNotFoundError:
            raise PackageError(self._shared_missing(entry)) from None
        except OSError as exc:
            raise PackageError(
                f"{self.path.name} cannot be restored: {label} cannot be read in the backups' shared "
                f"documents folder {self.shared} ({exc.strerror or exc}). Nothing was changed."
            ) from exc
        with handle:
            digest, length = hashlib.sha256(), 0
            for block in iter(lambda: handle.read(BLOCK), b""):
                length += len(block)
                if length > entry["size"]:
                    break
                digest.update(block)
        if length != entry["size"] or digest.hexdigest() != entry["sha256"]:
            raise PackageError(
                f"{self.path.name} cannot be restored: {label} is damaged in the backups' shared "
                f"documents folder {self.shared} (its content does not match the backup). Nothing "
                "was changed; restore another backup."
            )

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


def _names(entry: dict[str, Any]) -> str:
    """A document's file names for a message (its hash when it has none)."""
    return ", ".join(str(n) for n in entry.get("file_names") or []) or entry["sha256"][:12]


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
        if package.shared is not None:
            package.extract_shared_database(out)
        else:
            package.check_member(DATABASE_NAME, database["sha256"], database["size"], "the database", out)
    for entry in package.manifest["documents"]:
        package.check_document(entry)


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
