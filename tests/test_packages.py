"""Project packages (.un1540), attached documents and rolling daily backups, as a user relies on them."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import random
import sqlite3
import stat
import struct
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import agencies, attachments, legal_instruments, preferences
from app.backup import restore, restore_from
from app.errors import NotFoundError, UserError, ValidationError
from app.package import (
    PackageError,
    PassphraseRequired,
    check_passphrase,
    is_encrypted,
    is_package,
    read_manifest,
    restore_package,
    write_package,
)
from app.package import crypto as package_crypto
from app.paths import data_dir
from app.rolling_backups import backups_dir, daily_backup, list_backups, sweep_stale_temp
from app.workspace import Workspace
from db.connection import DatabaseError
from tests.copies import backup_file
from tests.damage import damage_page_of

PASSPHRASE = "Nuit blanche à Examplia, 23 novembre"
LAW_TEXT = b"%PDF-1.4\nLoi n\xc2\xb0 2019-12 relative aux biens a double usage\n" * 500
NOTE_TEXT = b"Note verbale 1540/2026/07\n" + random.Random(40).randbytes(
    30_000
)  # does not compress: like a scanned document


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _dump(path: Path) -> dict:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        conn.close()


def _state_of(db_path: Path) -> dict:
    """Everything a restore could change next to a database: the file's bytes, the documents, the folder."""
    docs = attachments.documents_dir(db_path)
    return {
        "database": _sha(db_path.read_bytes()) if db_path.exists() else None,
        "documents": {p.name: _sha(p.read_bytes()) for p in sorted(docs.iterdir())} if docs.is_dir() else {},
        "folder": sorted(p.name for p in db_path.parent.iterdir()),
    }


@pytest.fixture
def state(tmp_path, demo_db) -> Path:
    """A copy of the training State with two documents attached (one of them twice)."""
    path = backup_file(demo_db, tmp_path / "here" / "examplia.sqlite3")
    law, note = tmp_path / "loi-2019-12.pdf", tmp_path / "note-verbale.pdf"
    law.write_bytes(LAW_TEXT)
    note.write_bytes(NOTE_TEXT)
    with Workspace.open(path) as ws:
        attachments.add(ws, "legal_instrument", 1, law, "official text")
        attachments.add(ws, "matrix_field", "OP1.npt", note)
        attachments.add(ws, "plan_action", 1, law, "the law this action implements")
    return path


@pytest.fixture
def package(state, tmp_path) -> Path:
    with Workspace.open(state) as ws:
        return write_package(ws, tmp_path / "out" / "examplia.un1540").path


@pytest.fixture
def target(tmp_path, demo_db) -> Path:
    """Another State's data that a bad package must leave exactly as it is."""
    path = backup_file(demo_db, tmp_path / "target" / "state.sqlite3")
    extra = tmp_path / "minutes.txt"
    extra.write_bytes(b"Minutes of the inter-agency meeting\n")
    with Workspace.open(path) as ws:
        agencies.create_agency(ws, {"name": "Only in the target"})
        attachments.add(ws, "state_profile", 1, extra)
    return path


def _elsewhere(tmp_path, monkeypatch) -> Path:
    """Pretend to be another computer: other user, other data folder, other place for the database."""
    other = tmp_path / "other-machine"
    (other / "data").mkdir(parents=True)
    monkeypatch.setenv("UN1540_DATA_DIR", str(other / "data"))
    monkeypatch.setattr("app.workspace._os_user", lambda: "another.user")
    return other / "Documents" / "1540" / "state.sqlite3"


def _assert_same_data(original: Path, restored: Path) -> None:
    before, after = _dump(original), _dump(restored)
    assert before.keys() == after.keys()
    for table in before:
        if table in ("audit_log", "step"):  # the restore is recorded, as a step that cannot be undone
            assert after[table][: len(before[table])] == before[table]
            assert [row[4] for row in after[table][len(before[table]) :]] == ["restore"]
        else:
            assert after[table] == before[table], table
    documents = attachments.documents_dir(restored)
    assert sorted(p.name for p in documents.iterdir()) == sorted([_sha(LAW_TEXT), _sha(NOTE_TEXT)])
    assert (documents / _sha(LAW_TEXT)).read_bytes() == LAW_TEXT
    assert (documents / _sha(NOTE_TEXT)).read_bytes() == NOTE_TEXT


# --- packages -----------------------------------------------------------------------------------


def test_a_package_restores_on_another_machine(state, package, tmp_path, monkeypatch):
    manifest = read_manifest(package)
    assert manifest["format"] == "un1540-package" and manifest["format_version"] == 1
    assert manifest["state_code"] == "XEX" and manifest["is_training"] is True
    assert {d["sha256"]: sorted(d["file_names"]) for d in manifest["documents"]} == {
        _sha(LAW_TEXT): ["loi-2019-12.pdf"],
        _sha(NOTE_TEXT): ["note-verbale.pdf"],
    }
    with zipfile.ZipFile(package) as zf:
        assert sorted(zf.namelist()) == sorted(
            ["manifest.json", "database.sqlite3", f"documents/{_sha(LAW_TEXT)}", f"documents/{_sha(NOTE_TEXT)}"]
        )
        methods = {info.filename.split("/")[0]: info.compress_type for info in zf.infolist()}
        # Documents (PDFs, photographs: compressed already) are stored as they are, only the database is deflated.
        assert methods == {
            "database.sqlite3": zipfile.ZIP_DEFLATED,
            "manifest.json": zipfile.ZIP_DEFLATED,
            "documents": zipfile.ZIP_STORED,
        }
        assert all(zf.getinfo(f"documents/{_sha(text)}").compress_size >= len(text) for text in (LAW_TEXT, NOTE_TEXT))

    elsewhere = _elsewhere(tmp_path, monkeypatch)
    result = restore_package(package, elsewhere)
    assert result.kept is None and result.documents == 2 and result.documents_added == 2
    _assert_same_data(state, elsewhere)
    with Workspace.open(elsewhere) as ws:
        owners = {row["file_name"]: row["owner"] for row in attachments.list_all(ws)}
        assert owners["note-verbale.pdf"] == "OP1.npt"
        law = attachments.list_for(ws, "legal_instrument", 1)[0]
        assert attachments.path_of(ws, law["id"]).read_bytes() == LAW_TEXT
        assert attachments.check(ws) == []
        assert ws.db.execute("SELECT actor FROM audit_log WHERE action = 'restore'").fetchone()[0]


def test_an_encrypted_package_restores_with_its_passphrase_only(state, tmp_path, monkeypatch):
    with Workspace.open(state) as ws:
        info = write_package(ws, tmp_path / "out" / "examplia-secret.un1540", PASSPHRASE)
    assert info.encrypted and info.documents == 2
    data = info.path.read_bytes()
    assert data.startswith(b"UN1540-ENCRYPTED\n")
    for secret in (b"SQLite format 3", b"Examplia", b"manifest.json", LAW_TEXT[:40], NOTE_TEXT[:40]):
        assert secret not in data
    assert is_encrypted(info.path) and is_package(info.path)
    with pytest.raises(PassphraseRequired, match=r"^examplia-secret\.un1540 is encrypted: its passphrase is needed\.$"):
        read_manifest(info.path)
    assert read_manifest(info.path, PASSPHRASE)["state_code"] == "XEX"
    assert check_passphrase(info.path, PASSPHRASE) and not check_passphrase(info.path, PASSPHRASE.upper())

    elsewhere = _elsewhere(tmp_path, monkeypatch)
    with pytest.raises(PassphraseRequired, match=r"^examplia-secret\.un1540 is encrypted: its passphrase is needed\.$"):
        restore_package(info.path, elsewhere)
    assert not elsewhere.exists()
    restore_package(info.path, elsewhere, passphrase=PASSPHRASE)
    _assert_same_data(state, elsewhere)


def test_a_wrong_passphrase_changes_nothing(state, target, tmp_path):
    with Workspace.open(state) as ws:
        secret = write_package(ws, tmp_path / "secret.un1540", PASSPHRASE).path
    before = _state_of(target)
    with pytest.raises(PackageError, match=r"The passphrase is wrong, or the package is damaged\."):
        restore_package(secret, target, passphrase="Nuit blanche a Examplia, 23 novembre")
    assert _state_of(target) == before
    with pytest.raises(PassphraseRequired, match="passphrase is needed"):
        restore(secret, target, source_label="gui", passphrase="")  # an empty answer is no passphrase
    assert _state_of(target) == before


def _rewrite(package: Path, out: Path, *, manifest_edit=None, database_edit=None) -> Path:
    """A copy of a plain package with its manifest or database changed, the hashes kept consistent."""
    work = out.parent / "rewrite"
    work.mkdir()
    with zipfile.ZipFile(package) as zf:
        zf.extractall(work)
    manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
    if database_edit:
        conn = sqlite3.connect(work / "database.sqlite3")
        database_edit(conn)
        conn.commit()
        conn.close()
        data = (work / "database.sqlite3").read_bytes()
        manifest["database"].update(size=len(data), sha256=_sha(data))
    if manifest_edit:
        manifest_edit(manifest)
    (work / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(work.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(work).as_posix())
    return out


def _alter_member(package: Path, out: Path, member: str, old: bytes, new: bytes) -> Path:
    """A copy of a plain package with `old` replaced by `new` (same length) in one member; the manifest,
    and so the member's recorded size, unchanged: only the SHA-256 can tell."""
    assert len(old) == len(new) and old != new
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as altered:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                assert old in data, f"{old!r} is not in {member}"
                data = data.replace(old, new, 1)
            altered.writestr(info, data)
    return out


def _flip_middle(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))
    return path


def _cut(path: Path, keep: float = 0.7) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def _newer_schema(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('un1540', '999_future', 'now')"
    )


BAD_PACKAGES = {
    "tampered byte": (lambda p, out: _flip_middle(p), None, "damaged"),
    "tampered byte, encrypted": (
        lambda p, out: _flip_middle(p),
        PASSPHRASE,
        "passphrase is wrong, or the package is damaged",
    ),
    "truncated": (lambda p, out: _cut(p), None, "damaged"),
    "truncated, encrypted": (lambda p, out: _cut(p), PASSPHRASE, "passphrase is wrong, or the package is damaged"),
    "last encrypted chunk dropped": (
        lambda p, out: _drop_last_chunk(p),
        PASSPHRASE,
        "passphrase is wrong, or the package is damaged",
    ),
    "format version 99": (
        lambda p, out: _rewrite(p, out, manifest_edit=lambda m: m.update(format_version=99)),
        None,
        "newer version",
    ),
    "newer schema step": (lambda p, out: _rewrite(p, out, database_edit=_newer_schema), None, "newer version"),
    "document changed": (
        lambda p, out: _rewrite(p, out, manifest_edit=lambda m: m["documents"][0].update(size=1)),
        None,
        "does not match",
    ),
    "document altered, same size": (
        lambda p, out: _alter_member(p, out, f"documents/{_sha(LAW_TEXT)}", b"Loi n", b"Loi N"),
        None,
        r"^bad\.un1540 is damaged: the document loi-2019-12\.pdf(, loi-2019-12\.pdf)? does not match its manifest\.$",
    ),
    "database altered, same size": (
        lambda p, out: _alter_member(p, out, "database.sqlite3", b"Republic of Examplia", b"Republic of Exemplia"),
        None,
        r"^bad\.un1540 is damaged: the database does not match its manifest\.$",
    ),
    "not a package": (
        lambda p, out: (out.write_bytes(b"Minutes of the CNC-1540 meeting\n" * 100), out)[1],
        None,
        "not a package|damaged",
    ),
    "a zip of something else": (lambda p, out: _other_zip(out), None, "not a package"),
}


def _drop_last_chunk(path: Path) -> Path:
    data = path.read_bytes()
    header_end = data.index(b"\n", len(b"UN1540-ENCRYPTED\n")) + 1
    chunk = 1024 * 1024 + 16
    assert len(data) - header_end > chunk, "the test needs a package of more than one chunk"
    path.write_bytes(data[: header_end + chunk])  # exactly one whole chunk: only the last flag betrays it
    return path


def _other_zip(out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    return out


def _patch_central_directory(path: Path, edit, only: str | None = None) -> Path:
    """Change the entries of a ZIP's central directory in place (as odd ZIP tools write them)."""
    data = bytearray(path.read_bytes())
    i = 0
    while (i := data.find(b"PK\x01\x02", i)) != -1:
        name_length = struct.unpack_from("<H", data, i + 28)[0]
        if only is None or data[i + 46 : i + 46 + name_length].decode() == only:
            edit(data, i)
        i += 4
    path.write_bytes(bytes(data))
    return path


def _flag_encrypted(data: bytearray, i: int) -> None:
    struct.pack_into("<H", data, i + 8, struct.unpack_from("<H", data, i + 8)[0] | 1)  # a ZIP made with a password


def _unknown_compression(data: bytearray, i: int) -> None:
    struct.pack_into("<H", data, i + 10, 99)  # a compression method zipfile does not implement


def _bomb(out: Path, claimed: int = 4096, actual: int = 64 * 1024 * 1024) -> Path:
    """A small ZIP whose database unpacks to far more than its manifest says."""
    manifest = {
        "format": "un1540-package",
        "format_version": 1,
        "documents": [],
        "database": {"name": "database.sqlite3", "size": claimed, "sha256": "0" * 64},
    }
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        with zf.open("database.sqlite3", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(actual // len(block)):
                member.write(block)
    return out


BAD_PACKAGES.update(
    {
        "ZIP entries flagged encrypted": (
            lambda p, out: _patch_central_directory(p, _flag_encrypted),
            None,
            "damaged or is not a package of this application",
        ),
        "unknown compression": (
            lambda p, out: _patch_central_directory(p, _unknown_compression),
            None,
            "damaged or is not a package of this application",
        ),
        "unknown compression of the database": (
            lambda p, out: _patch_central_directory(p, _unknown_compression, only="database.sqlite3"),
            None,
            "damaged: the database cannot be read",
        ),
        "database far larger than its manifest says": (
            lambda p, out: _bomb(out),
            None,
            "database does not match its manifest",
        ),
    }
)


@pytest.mark.parametrize("case", list(BAD_PACKAGES))
def test_a_bad_package_is_refused_and_nothing_changes(state, target, tmp_path, case):
    make_bad, passphrase, message = BAD_PACKAGES[case]
    if case == "last encrypted chunk dropped":
        big = tmp_path / "scan.tif"
        big.write_bytes(random.Random(308).randbytes(1_500_000))
        with Workspace.open(state) as ws:
            attachments.add(ws, "legal_instrument", 2, big)
    with Workspace.open(state) as ws:
        good = write_package(ws, tmp_path / "good.un1540", passphrase).path
    bad = make_bad(good, tmp_path / "bad.un1540")
    before = _state_of(target)
    with pytest.raises((PackageError, UserError, DatabaseError), match=message):
        restore_from(bad, target, source_label="cli", passphrase=passphrase)
    assert _state_of(target) == before


def test_the_previous_data_is_kept_as_a_package_that_restores(state, package, target, tmp_path, monkeypatch):
    before = _dump(target)
    result = restore_package(package, target)
    assert result.kept is not None and result.kept.parent == target.parent
    assert result.kept.name.startswith("state.before-restore-") and result.kept.suffix == ".un1540"
    with Workspace.open(target) as ws:
        assert "Only in the target" not in [a["name"] for a in agencies.list_agencies(ws)]
        # Documents are never deleted: the target's own minutes stay beside the package's documents.
        assert len(list(attachments.documents_dir(target).iterdir())) == 3
        assert [a["file_name"] for a in attachments.list_for(ws, "state_profile", 1)] == []

    elsewhere = _elsewhere(tmp_path, monkeypatch)
    restore_package(result.kept, elsewhere)
    after = _dump(elsewhere)
    for table in before:
        if table not in ("audit_log", "step"):
            assert after[table] == before[table], table
    with Workspace.open(elsewhere) as ws:
        [minutes] = attachments.list_for(ws, "state_profile", 1)
        assert attachments.path_of(ws, minutes["id"]).read_bytes() == b"Minutes of the inter-agency meeting\n"


def test_a_package_restores_over_a_damaged_database(package, target):
    damaged = b"\x00" * 100 + target.read_bytes()[100:]
    target.write_bytes(damaged)
    result = restore_package(package, target)
    assert result.kept is not None and result.kept.read_bytes() == damaged, "the damaged file is kept, not deleted"
    with Workspace.open(target) as ws:
        assert len(attachments.list_all(ws)) == 3


@pytest.mark.parametrize("kind", ["package", "plain backup"])
def test_a_restore_over_a_database_with_one_damaged_page_keeps_the_damaged_file(state, package, target, tmp_path, kind):
    source = package if kind == "package" else backup_file(state, tmp_path / "old-style.sqlite3")
    damaged = damage_page_of(target, "state_profile")  # opens, but the State profile cannot be read
    result = restore_from(source, target, source_label="gui").value
    assert result.kept is not None and result.kept.name.startswith("state.damaged-")
    assert result.kept.read_bytes() == damaged, "the damaged file is kept as it was"
    assert list(target.parent.glob("*.before-restore-*")) == [] and list(target.parent.glob(".*")) == []
    with Workspace.open(target) as ws:
        assert ws.db.execute("SELECT state_code FROM state_profile").fetchone()[0] == "XEX"
        assert "Only in the target" not in [a["name"] for a in agencies.list_agencies(ws)]


def _damage_schema(db_path: Path) -> bytes:
    data = db_path.read_bytes()
    damaged = data[:100] + b"\xff" * 3996 + data[4096:]  # the schema page: the file no longer opens
    db_path.write_bytes(damaged)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    return damaged


def test_a_restore_failing_over_a_damaged_database_leaves_it_where_it_was(package, target, monkeypatch):
    damaged = _damage_schema(target)

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.package.restore.store_stream", full_disk)  # the documents folder's disk is full
    with pytest.raises(OSError) as raised:
        restore_from(package, target, source_label="gui")
    assert raised.value.errno == errno.ENOSPC
    assert target.read_bytes() == damaged, "the damaged database is still there, not an empty one"
    assert [p.name for p in target.parent.iterdir() if "damaged" in p.name or p.name.startswith(".")] == []


@pytest.mark.parametrize("failures", [1, 99])
def test_when_the_restored_database_cannot_take_its_place_the_damaged_one_is_put_back(
    package, target, monkeypatch, failures
):
    damaged = _damage_schema(target)
    real_replace = os.replace
    left = [failures]

    def replace(src, dst, *args, **kwargs):
        if Path(dst) == target and left[0] > 0:
            left[0] -= 1
            raise OSError(errno.EACCES, "Permission denied")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    if failures == 1:  # the last rename fails, putting the damaged file back works
        with pytest.raises(OSError, match="Permission denied"):
            restore_from(package, target, source_label="gui")
        assert target.read_bytes() == damaged
        assert [p.name for p in target.parent.iterdir() if "damaged" in p.name or p.name.startswith(".")] == []
    else:  # nothing can be renamed to the database's name: the message says where the file is
        with pytest.raises(PackageError, match="could not be put back") as raised:
            restore_from(package, target, source_label="gui")
        [kept] = target.parent.glob("state.damaged-*.sqlite3")
        assert str(kept) in str(raised.value) and kept.read_bytes() == damaged
        assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == [], "no half-written file is left"


def _with_header(package: Path, out: Path, **changes) -> Path:
    """A copy of an encrypted package with its (unauthenticated until decrypted) header changed."""
    data = package.read_bytes()
    start = len(b"UN1540-ENCRYPTED\n")
    end = data.index(b"\n", start)
    header = json.loads(data[start:end])
    header.update(changes)
    out.write_bytes(data[:start] + json.dumps(header).encode("ascii") + data[end:])
    return out


@pytest.mark.parametrize(
    "changes",
    [
        {"n": 2**18},
        {"n": 2**20, "r": 32},
        {"p": 16},
        {"r": 16},
        {"n": 1025},
        {"n": 1024.0},
        {"n": True},
        {"n": "32768"},
        {"r": 8.0},
        {"p": None},
        {"salt": 12},
        {"nonce_prefix": "not base64!"},
        {"chunk_size": 2**40},
    ],
    ids=str,
)
def test_an_encrypted_package_with_unknown_key_costs_is_refused_at_once(state, target, tmp_path, changes, monkeypatch):
    with Workspace.open(state) as ws:
        good = write_package(ws, tmp_path / "good.un1540", PASSPHRASE).path
    odd = _with_header(good, tmp_path / "odd.un1540", **changes)
    before = _state_of(target)
    derived = []
    monkeypatch.setattr(package_crypto, "_derive_key", lambda *args: derived.append(args[2:]) or b"\0" * 32)
    for attempt in (
        lambda: check_passphrase(odd, PASSPHRASE),
        lambda: read_manifest(odd, PASSPHRASE),
        lambda: restore_from(odd, target, passphrase=PASSPHRASE).value,
    ):
        with pytest.raises(PackageError, match="made by a newer version or is damaged"):
            attempt()
    assert derived == [], "no key is derived with costs taken from the file"
    assert _state_of(target) == before


def test_a_newer_encrypted_package_is_not_taken_for_a_wrong_passphrase(state, tmp_path):
    with Workspace.open(state) as ws:
        good = write_package(ws, tmp_path / "good.un1540", PASSPHRASE).path
    assert check_passphrase(good, PASSPHRASE) is True and check_passphrase(good, "wrong") is False
    newer = _with_header(good, tmp_path / "newer.un1540", format_version=2)
    with pytest.raises(PackageError, match="newer version"):
        check_passphrase(newer, PASSPHRASE)
    with pytest.raises(PackageError, match="cannot be read"):
        check_passphrase(tmp_path / "gone.un1540", PASSPHRASE)


def test_a_package_larger_than_its_manifest_says_is_refused_before_it_is_unpacked(target, tmp_path, monkeypatch):
    bomb = _bomb(tmp_path / "bomb.un1540")
    assert bomb.stat().st_size < 1_000_000
    unpacked = []
    real_read = zipfile.ZipExtFile.read

    def counting_read(self, n=-1):
        data = real_read(self, n)
        unpacked.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting_read)
    before = _state_of(target)
    with pytest.raises(PackageError, match="the database does not match its manifest"):
        restore_from(bomb, target)
    assert sum(unpacked) < 100_000, "the 64 MB inside were not unpacked"
    assert _state_of(target) == before


def test_a_restore_needing_more_room_than_the_disk_has_is_refused(package, target, monkeypatch):
    import shutil

    monkeypatch.setattr(shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**12, 10**12 - 10**7, 10**7))
    before = _state_of(target)
    with pytest.raises(PackageError, match="not enough free space"):
        restore_from(package, target)
    assert _state_of(target) == before


def test_temporary_files_stay_private_in_the_data_folder_and_are_removed(state, target, tmp_path, monkeypatch):
    import app.package.reading

    with Workspace.open(state) as ws:
        secret = write_package(ws, tmp_path / "secret.un1540", PASSPHRASE).path
    seen = []
    real_verify = app.package.reading.verify_copy

    def looking(path):
        temporary = data_dir() / "tmp"
        seen.append(
            (
                Path(path).parent.parent,
                {"-".join(p.name.split("-")[:2]): stat.S_IMODE(p.stat().st_mode) for p in temporary.iterdir()},
            )
        )
        return real_verify(path)

    monkeypatch.setattr(app.package.reading, "verify_copy", looking)
    restore_from(secret, target, passphrase=PASSPHRASE)
    [(folder, modes)] = seen
    assert folder == data_dir() / "tmp", "the decrypted data is kept in the user's own folder"
    assert set(modes) == {"un1540-open", "un1540-restore"}
    if os.name == "posix":
        assert set(modes.values()) == {0o700}
    assert list((data_dir() / "tmp").iterdir()) == [], "nothing is left once restored"


def test_leftovers_of_a_stopped_run_are_swept_after_an_hour(state):
    temporary = data_dir() / "tmp"
    old = time.time() - 2 * 3600
    stale = temporary / "un1540-open-k2j4"
    stale.mkdir(parents=True)
    (stale / "package.zip").write_bytes(b"PK decrypted data")
    fresh = temporary / "un1540-restore-8fh3"
    fresh.mkdir()
    (fresh / "database.sqlite3").write_bytes(b"SQLite format 3\x00")
    mine = temporary / "notes"
    mine.mkdir()
    with Workspace.open(state) as ws:
        written = daily_backup(ws, today=date(2026, 11, 1))
    partial = written.with_name(".2026-11-02.un1540.x1y2z3.tmp")
    partial.write_bytes(b"half a package")
    writing = written.with_name(".2026-11-03.un1540.a1b2c3.tmp")
    writing.write_bytes(b"being written")
    for path in (stale / "package.zip", stale, mine, partial, written):
        os.utime(path, (old, old))
    removed = sweep_stale_temp()
    assert sorted(removed) == sorted([stale, partial])
    assert not stale.exists() and not partial.exists()
    assert fresh.exists() and mine.exists() and writing.exists() and written.exists()


def test_a_document_removed_while_the_backup_is_written_is_listed_as_missing(state, tmp_path, monkeypatch):
    import app.package.writing

    real_sha256 = app.package.writing.file_sha256

    def racing(path):
        digest = real_sha256(path)
        if path.name == _sha(NOTE_TEXT):
            path.unlink()  # the user removes the document right after it was checked
        return digest

    monkeypatch.setattr(app.package.writing, "file_sha256", racing)
    with Workspace.open(state) as ws:
        info = write_package(ws, tmp_path / "daily.un1540")
    assert info.documents == 1 and info.missing_documents == ("note-verbale.pdf",)
    assert [d["sha256"] for d in read_manifest(info.path)["documents"]] == [_sha(LAW_TEXT)]
    restore_package(info.path, tmp_path / "restored" / "state.sqlite3")


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_a_full_disk_leaves_the_previous_package_intact(state, tmp_path, monkeypatch, passphrase):
    out = tmp_path / "usb" / "examplia.un1540"
    with Workspace.open(state) as ws:
        write_package(ws, out, passphrase)
        agencies.create_agency(ws, {"name": "Added after the first package"})
    previous = out.read_bytes()
    real_fdopen = os.fdopen

    class FillingDisk:
        """A file on a disk that fills up after 100 kB."""

        def __init__(self, handle):
            self.handle, self.written = handle, 0

        def write(self, data):
            self.written += len(data)
            if self.written > 100_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.handle.write(data)

        def __getattr__(self, name):
            return getattr(self.handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

    with monkeypatch.context() as patch:
        patch.setattr(os, "fdopen", lambda *a, **k: FillingDisk(real_fdopen(*a, **k)))
        with Workspace.open(state) as ws, pytest.raises(OSError) as raised:
            write_package(ws, out, passphrase)
    assert raised.value.errno == errno.ENOSPC
    assert out.read_bytes() == previous
    assert sorted(p.name for p in out.parent.iterdir()) == ["examplia.un1540"], "no temporary file is left"
    manifest = read_manifest(out, passphrase)
    assert manifest["database"]["size"] > 0


def test_write_package_refuses_the_database_itself(state):
    before = _sha(state.read_bytes())
    with Workspace.open(state) as ws, pytest.raises(UserError, match="cannot be the database itself"):
        write_package(ws, state)
    assert _sha(state.read_bytes()) == before


def test_a_missing_document_does_not_stop_a_backup(state, tmp_path):
    (attachments.documents_dir(state) / _sha(NOTE_TEXT)).unlink()
    with Workspace.open(state) as ws:
        assert attachments.check(ws) and "note-verbale.pdf" in attachments.check(ws)[0]
        info = write_package(ws, tmp_path / "partial.un1540")
    assert info.documents == 1 and info.missing_documents == ("note-verbale.pdf",)
    assert [d["sha256"] for d in read_manifest(info.path)["documents"]] == [_sha(LAW_TEXT)]
    restore_package(info.path, tmp_path / "restored" / "state.sqlite3")


def test_older_plain_backups_still_restore(state, target, tmp_path):
    plain = backup_file(state, tmp_path / "old-style.sqlite3")
    assert plain.read_bytes().startswith(b"SQLite format 3\x00")
    kept = restore(plain, target)
    assert kept is not None and kept.suffix == ".un1540" and is_package(kept)
    with Workspace.open(target) as ws:
        assert "Only in the target" not in [a["name"] for a in agencies.list_agencies(ws)]


# --- attachments --------------------------------------------------------------------------------


def test_attachments_are_stored_once_and_removed_with_their_last_use(state, tmp_path):
    with Workspace.open(state) as ws:
        folder = attachments.documents_dir(ws)
        assert folder == state.parent / "examplia.sqlite3-documents"
        rows = attachments.list_all(ws)
        assert len(rows) == 3 and len(list(folder.iterdir())) == 2
        law_rows = [r for r in rows if r["sha256"] == _sha(LAW_TEXT)]
        action_title = ws.db.execute("SELECT title FROM plan_action WHERE id = 1").fetchone()[0]
        law_title = legal_instruments.get_legal_instrument(ws, 1)["title_original"]
        assert sorted(r["owner"] for r in law_rows) == sorted([law_title, action_title])
        attachments.remove(ws, law_rows[0]["id"])
        assert (folder / _sha(LAW_TEXT)).read_bytes() == LAW_TEXT, "still used by the other attachment"
        attachments.remove(ws, law_rows[1]["id"])
        # kept while the removal can be undone; once that step is forgotten, the sweep deletes the file
        assert attachments.sweep_orphans(ws, min_age=0) == []
        ws.db.execute("UPDATE step SET state = 'dropped'")
        assert attachments.sweep_orphans(ws, min_age=0) == [folder / _sha(LAW_TEXT)]
        assert not (folder / _sha(LAW_TEXT)).exists()
        with pytest.raises(NotFoundError, match=r"^Attachment \d+ does not exist\.$"):
            attachments.path_of(ws, law_rows[1]["id"])
        actions = [r[0] for r in ws.db.execute("SELECT action FROM audit_log WHERE entity = 'attachment' ORDER BY id")]
        assert actions == ["create", "create", "create", "delete", "delete"]


def test_attaching_to_a_missing_record_or_a_huge_file_is_refused(state, tmp_path):
    small = tmp_path / "small.txt"
    small.write_bytes(b"x")
    huge = tmp_path / "huge.iso"
    with open(huge, "wb") as handle:
        handle.truncate(200 * 1024 * 1024 + 1)  # sparse: costs no disk
    with Workspace.open(state) as ws:
        for entity, entity_id in (
            ("legal_instrument", 9999),
            ("matrix_field", "OP9.none"),
            ("plan_action", "abc"),
            ("agency", 1),
        ):
            with pytest.raises(
                ValidationError,
                match=r"^(There is no legal instrument 9999|There is no matrix field "
                r"OP9\.none|'abc' is not a record number|Documents cannot be "
                r"attached to 'agency')\.$",
            ):
                attachments.add(ws, entity, entity_id, small)
        with pytest.raises(ValidationError, match="larger than 200 MB"):
            attachments.add(ws, "legal_instrument", 1, huge)
        assert len(attachments.list_all(ws)) == 3
        assert len(list(attachments.documents_dir(ws).iterdir())) == 2


def test_documents_of_a_deleted_record_stay_listed(state):
    with Workspace.open(state) as ws:
        [note] = attachments.list_for(ws, "matrix_field", "OP1.npt")
        law_id = legal_instruments.create_legal_instrument(ws, {"title_original": "Loi à abroger"}).value
        extra = attachments.add(ws, "legal_instrument", law_id, attachments.path_of(ws, note["id"])).value
        legal_instruments.delete_legal_instrument(ws, law_id)
        owner = {r["id"]: r["owner"] for r in attachments.list_all(ws)}[extra]
        assert owner == "(deleted)"
        assert attachments.path_of(ws, extra).read_bytes() == NOTE_TEXT


def test_check_finds_missing_and_altered_documents(state):
    folder = attachments.documents_dir(state)
    with Workspace.open(state) as ws:
        assert attachments.check(ws) == []
        (folder / _sha(LAW_TEXT)).write_bytes(LAW_TEXT[:-1] + b"!")
        (folder / _sha(NOTE_TEXT)).unlink()
        problems = attachments.check(ws)
    assert len(problems) == 2
    assert any("missing" in p and "note-verbale.pdf" in p for p in problems)
    assert any("damaged" in p and "loi-2019-12.pdf" in p for p in problems)


# --- rolling daily backups ----------------------------------------------------------------------


def test_daily_backup_once_a_day_keeping_the_newest(state, tmp_path):
    folder = backups_dir(state)
    assert folder.parent == Path(os.environ["UN1540_DATA_DIR"]) / "backups"
    assert folder.name.startswith("examplia-") and len(folder.name) == len("examplia-") + 8
    start = date(2026, 11, 1)
    with Workspace.open(state) as ws:
        first = daily_backup(ws, keep=3, today=start)
        assert first == folder / "2026-11-01.un1540" and read_manifest(first)["state_code"] == "XEX"
        written = first.read_bytes()
        agencies.create_agency(ws, {"name": "Added later the same day"})
        assert daily_backup(ws, keep=3, today=start) is None
        assert first.read_bytes() == written, "the day's backup is written once"
        (folder / "notes.txt").write_text("mine")
        (folder / "2026-10-01.un1540.bak").write_text("mine too")
        for offset in range(1, 6):
            assert daily_backup(ws, keep=3, today=start + timedelta(days=offset)) is not None
    assert sorted(p.name for p in folder.iterdir()) == [
        "2026-10-01.un1540.bak",
        "2026-11-04.un1540",
        "2026-11-05.un1540",
        "2026-11-06.un1540",
        "documents",
        "notes.txt",
    ]  # documents: the documents the daily backups share


def test_daily_backup_keeps_as_many_as_the_preferences_say(state):
    prefs = preferences.load()
    assert prefs.backups_kept == 14
    prefs.backups_kept = 2
    preferences.save(prefs)
    with Workspace.open(state) as ws:
        for day in range(1, 5):
            daily_backup(ws, today=date(2026, 11, day))
    assert [e.day.day for e in list_backups(state)] == [4, 3]


@pytest.mark.parametrize("value", [0, 366, "7", True, 3.5, None])
def test_a_bad_number_of_backups_in_the_preferences_gives_the_default(value):
    from app.paths import config_dir

    (config_dir() / "preferences.json").write_text(
        json.dumps({"language": "fr", "backups_kept": value}), encoding="utf-8"
    )
    prefs = preferences.load()
    assert prefs.backups_kept == 14 and prefs.language == "fr"
    (config_dir() / "preferences.json").write_text(json.dumps({"backups_kept": 365}), encoding="utf-8")
    assert preferences.load().backups_kept == 365


def test_list_backups_survives_a_damaged_file(state):
    with Workspace.open(state) as ws:
        daily_backup(ws, today=date(2026, 11, 20))
        daily_backup(ws, today=date(2026, 11, 22))
    folder = backups_dir(state)
    _cut(folder / "2026-11-22.un1540", 0.5)
    (folder / "2026-11-21.un1540").write_bytes(b"")
    entries = list_backups(state)
    assert [e.day.isoformat() for e in entries] == ["2026-11-22", "2026-11-21", "2026-11-20"]
    assert entries[0].problem and entries[1].problem and not entries[2].problem
    assert entries[2].state_code == "XEX" and entries[2].template_version and entries[2].size > 0
    assert list_backups(state.with_name("never-backed-up.sqlite3")) == []


def test_the_check_command_names_a_missing_or_damaged_document(state):
    from app.check import check_report

    assert check_report(state).problems == []
    folder = state.parent / "examplia.sqlite3-documents"
    (folder / _sha(LAW_TEXT)).write_bytes(b"tampered")
    (folder / _sha(NOTE_TEXT)).unlink()
    problems = check_report(state).problems
    assert any("loi-2019-12.pdf" in p and "damaged" in p for p in problems), problems
    assert any("note-verbale.pdf" in p and "missing" in p for p in problems), problems


def test_a_tampered_document_record_is_never_used_as_a_path(state, tmp_path):
    victim = tmp_path / "precious.docx"
    victim.write_bytes(b"someone's work")
    with Workspace.open(state) as ws:
        row = attachments.list_all(ws)[0]
        # A hostile database (e.g. from a tampered package) names a file outside the documents folder.
        hostile = ("../" * 30 + str(victim).lstrip("/"))[-64:]
        ws.db.execute("UPDATE attachment SET sha256 = ? WHERE id = ?", [hostile, row["id"]])
        with pytest.raises(UserError, match="damaged"):
            attachments.path_of(ws, row["id"])
        assert any("damaged record" in p for p in attachments.check(ws))
        attachments.remove(ws, row["id"])
        assert victim.read_bytes() == b"someone's work"


def test_a_database_of_many_pieces_is_deflated_and_restores_exactly(state, target, tmp_path):
    """The database is deflated a megabyte at a time on several threads: the pieces make one stream that
    unpacks to the very snapshot packed, and a restore gives back every row."""
    rng = random.Random(14)
    words = ["export", "licence", "douane", "frontière", "contrôle", "biens", "double", "usage"]
    with Workspace.open(state) as ws:
        for n in range(1, 7):  # some 5 MB of text: several pieces, each compressible
            ws.db.execute(
                "UPDATE agency SET notes = ? WHERE id = (SELECT id FROM agency ORDER BY id LIMIT 1 OFFSET ?)",
                [" ".join(rng.choice(words) for _ in range(120_000)), n - 1],
            )
        ws.db.conn.commit()
        package = tmp_path / "large.un1540"
        write_package(ws, package)
    with zipfile.ZipFile(package) as zf:
        info = zf.getinfo("database.sqlite3")
        unpacked = zf.read(info)
    assert info.file_size > 4 * 1024 * 1024 and info.compress_type == zipfile.ZIP_DEFLATED
    assert info.compress_size < info.file_size / 2
    assert _sha(unpacked) == read_manifest(package)["database"]["sha256"]
    restore_package(package, target)
    assert _dump(target)["agency"] == _dump(state)["agency"]
