"""Encrypted packages: scrypt and AES-256-GCM in authenticated chunks (see `app.package`)."""

from __future__ import annotations

import base64
import io
import json
import os
import unicodedata
from pathlib import Path
from typing import Any, BinaryIO

from app.package.format import (
    CHUNK_SIZE,
    CHUNK_SIZES,
    CIPHER,
    ENCRYPTED_MAGIC,
    FORMAT,
    NONCE_PREFIX_BYTES,
    PLAIN_FORMAT_VERSION,
    SCRYPT_ALLOWED,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    TAG_BYTES,
    UNKNOWN_ENCRYPTION,
    WRONG_PASSPHRASE,
    PackageError,
    WrongPassphrase,
)

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
            "format": FORMAT,
            "format_version": PLAIN_FORMAT_VERSION,
            "kdf": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": base64.b64encode(salt).decode("ascii"),
            "cipher": CIPHER,
            "chunk_size": CHUNK_SIZE,
            "nonce_prefix": base64.b64encode(self._prefix).decode("ascii"),
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
    # An encrypted package is never a daily backup, so never of the shared format: a newer one is a newer version's.
    if header.get("format") == FORMAT and isinstance(version, int) and version > PLAIN_FORMAT_VERSION:
        raise PackageError(
            "The package was made by a newer version of the application; install it to restore the package."
        )
    try:
        ok = (
            header["format"] == FORMAT
            and header["kdf"] == "scrypt"
            and header["cipher"] == CIPHER
            and all(type(header[name]) is int and header[name] in allowed for name, allowed in SCRYPT_ALLOWED.items())
            and type(header["chunk_size"]) is int
            and CHUNK_SIZES[0] <= header["chunk_size"] <= CHUNK_SIZES[1]
            and len(base64.b64decode(header["nonce_prefix"], validate=True)) == NONCE_PREFIX_BYTES
            and 8 <= len(base64.b64decode(header["salt"], validate=True)) <= 64
        )
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
