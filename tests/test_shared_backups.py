"""The daily backups keep each document once, in a shared folder beside them (issue 14, ten years of data)."""

from __future__ import annotations

import hashlib
import os
import random
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import agencies, attachments
from app.backup import restore_from
from app.package import PackageError, read_manifest, verify_package, write_package
from app.rolling_backups import backups_dir, daily_backup, list_backups
from app.workspace import Workspace
from tests.copies import backup_file

SCAN = b"%PDF-1.4\n" + random.Random(7).randbytes(60_000)  # a scanned gazette: does not compress
PHOTO = b"\xff\xd8\xff\xe0" + random.Random(8).randbytes(40_000)
MINUTES = b"Minutes of the inter-agency meeting\n" * 200
DAY = date(2026, 11, 1)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _attach(ws: Workspace, tmp_path: Path, name: str, data: bytes) -> int:
    source = tmp_path / "incoming" / name
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(data)
    return attachments.add(ws, "legal_instrument", 1, source).id


def _documents(db_path: Path) -> dict[str, bytes]:
    folder = attachments.documents_dir(db_path)
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.is_dir() else {}


def _age(folder: Path) -> None:
    """Make every shared document look used two hours ago (a rotation leaves fresh ones alone)."""
    old = time.time() - 2 * 3600
    for path in folder.iterdir():
        os.utime(path, (old, old))


@pytest.fixture(autouse=True)
def _small_pieces(monkeypatch):
    """The training State's database is smaller than a piece of the real size: cut it in smaller ones."""
    monkeypatch.setattr("app.package.writing.DATABASE_CHUNK", 64 * 1024)


@pytest.fixture
def state(tmp_path, demo_db) -> Path:
    return backup_file(demo_db, tmp_path / "here" / "examplia.sqlite3")


def test_daily_backups_keep_each_document_once(state, tmp_path):
    with Workspace.open(state) as ws:
        _attach(ws, tmp_path, "gazette.pdf", SCAN)
        _attach(ws, tmp_path, "photo.jpg", PHOTO)
        written = [daily_backup(ws, keep=14, today=DAY + timedelta(days=n)) for n in range(5)]
    shared = backups_dir(state) / "documents"
    assert sorted(p.name for p in shared.glob("[!.]*[!k]")) == sorted([_sha(SCAN), _sha(PHOTO)])  # the documents
    for path in written:
        with zipfile.ZipFile(path) as zf:
            assert zf.namelist() == ["manifest.json"], "no document nor database copied into each backup"
        assert sorted(d["sha256"] for d in read_manifest(path)["documents"]) == sorted([_sha(SCAN), _sha(PHOTO)])
    pieces = [chunk for path in written for chunk in read_manifest(path)["database"]["chunks"]]
    assert len(list(shared.glob("*.chunk"))) == len(set(pieces)) < len(pieces), "the database's pieces are shared too"


def test_rotation_deletes_only_the_documents_no_kept_backup_lists(state, tmp_path):
    shared = backups_dir(state) / "documents"
    with Workspace.open(state) as ws:
        _attach(ws, tmp_path, "gazette.pdf", SCAN)
        photo = _attach(ws, tmp_path, "photo.jpg", PHOTO)
        daily_backup(ws, keep=2, today=DAY)  # scan, photo
        attachments.remove(ws, photo)
        daily_backup(ws, keep=2, today=DAY + timedelta(days=1))  # scan
        _attach(ws, tmp_path, "minutes.txt", MINUTES)
        _age(shared)
        daily_backup(ws, keep=2, today=DAY + timedelta(days=2))  # scan, minutes; the first day's backup goes
    assert [e.day.day for e in list_backups(state)] == [3, 2]
    assert sorted(p.name for p in shared.glob("[!.]*[!k]")) == sorted([_sha(SCAN), _sha(MINUTES)])  # not the pieces
    kept = {chunk for entry in list_backups(state) for chunk in read_manifest(entry.path)["database"]["chunks"]}
    assert {p.name.removesuffix(".chunk") for p in shared.glob("*.chunk")} == kept, "only the kept backups' pieces"


def test_a_rotation_deletes_nothing_while_a_backup_cannot_be_read(state, tmp_path):
    shared = backups_dir(state) / "documents"
    with Workspace.open(state) as ws:
        photo = _attach(ws, tmp_path, "photo.jpg", PHOTO)
        daily_backup(ws, keep=1, today=DAY)
        attachments.remove(ws, photo)
        (backups_dir(state) / "copy of a backup.un1540").write_bytes(b"PK\x03\x04 damaged")  # what does it need?
        _age(shared)
        daily_backup(ws, keep=1, today=DAY + timedelta(days=1))
    assert [p.name for p in shared.iterdir() if not p.name.endswith(".chunk")] == [_sha(PHOTO)]


def test_each_kept_daily_backup_restores_its_exact_documents(state, tmp_path):
    expected = {}
    with Workspace.open(state) as ws:
        gazette = _attach(ws, tmp_path, "gazette.pdf", SCAN)
        expected[DAY] = {_sha(SCAN): SCAN}
        daily_backup(ws, keep=14, today=DAY)
        _attach(ws, tmp_path, "photo.jpg", PHOTO)
        expected[DAY + timedelta(days=1)] = {_sha(SCAN): SCAN, _sha(PHOTO): PHOTO}
        daily_backup(ws, keep=14, today=DAY + timedelta(days=1))
        attachments.remove(ws, gazette)
        _attach(ws, tmp_path, "minutes.txt", MINUTES)
        expected[DAY + timedelta(days=2)] = {_sha(PHOTO): PHOTO, _sha(MINUTES): MINUTES}
        daily_backup(ws, keep=14, today=DAY + timedelta(days=2))
    for entry in list_backups(state):
        verify_package(entry.path)
        restored = tmp_path / f"restored-{entry.day.day}" / "state.sqlite3"
        result = restore_from(entry.path, restored).value
        assert result.documents == len(expected[entry.day])
        assert _documents(restored) == expected[entry.day]
        with Workspace.open(restored) as ws:
            assert sorted(a["sha256"] for a in attachments.list_all(ws)) == sorted(expected[entry.day])


@pytest.mark.parametrize("damage", ["missing", "changed"])
def test_a_missing_or_damaged_shared_document_is_reported_and_nothing_is_restored(state, tmp_path, damage):
    with Workspace.open(state) as ws:
        _attach(ws, tmp_path, "gazette.pdf", SCAN)
        _attach(ws, tmp_path, "photo.jpg", PHOTO)
        backup = daily_backup(ws, keep=14, today=DAY)
    shared = backups_dir(state) / "documents"
    if damage == "missing":
        (shared / _sha(PHOTO)).unlink()
        said = f"the document photo.jpg is missing from the backups' shared documents folder {shared}"
    else:
        (shared / _sha(PHOTO)).chmod(0o600)
        (shared / _sha(PHOTO)).write_bytes(PHOTO[:-1] + b"!")
        said = f"the document photo.jpg is damaged in the backups' shared documents folder {shared}"
    with pytest.raises(PackageError, match="^" + backup.name + " cannot be restored: " + said.replace(".", r"\.")):
        verify_package(backup)
    target = tmp_path / "elsewhere" / "state.sqlite3"
    with pytest.raises(PackageError, match="Nothing was changed"):
        restore_from(backup, target)
    assert not target.exists() and _documents(target) == {}, "no partial project is restored"


def test_a_daily_backup_of_an_older_version_holding_its_documents_still_restores_and_rotates(state, tmp_path):
    folder = backups_dir(state)
    with Workspace.open(state) as ws:
        _attach(ws, tmp_path, "gazette.pdf", SCAN)
        folder.mkdir(parents=True, exist_ok=True)
        old = write_package(ws, folder / f"{(DAY - timedelta(days=1)).isoformat()}.un1540").path  # the old layout
        assert read_manifest(old)["format_version"] == 1 and "shared_documents" not in read_manifest(old)
        daily_backup(ws, keep=14, today=DAY)
    with zipfile.ZipFile(old) as zf:
        assert f"documents/{_sha(SCAN)}" in zf.namelist()
    restored = tmp_path / "restored" / "state.sqlite3"
    restore_from(old, restored)
    assert _documents(restored) == {_sha(SCAN): SCAN}
    assert [e.day for e in list_backups(state)] == [DAY, DAY - timedelta(days=1)]


def test_the_daily_backups_share_the_unchanged_pieces_of_the_database(state, tmp_path):
    shared = backups_dir(state) / "documents"
    with Workspace.open(state) as ws:
        first = daily_backup(ws, keep=14, today=DAY)
        pieces = set(shared.glob("*.chunk"))
        agencies.create_agency(ws, {"name": "Added the next day"})
        second = daily_backup(ws, keep=14, today=DAY + timedelta(days=1))
    first_chunks = read_manifest(first)["database"]["chunks"]
    second_chunks = read_manifest(second)["database"]["chunks"]
    assert len(first_chunks) > 1 and first_chunks != second_chunks
    added = set(shared.glob("*.chunk")) - pieces
    assert 0 < len(added) < len(second_chunks), "only the changed pieces are added"
    for backup in (first, second):
        restored = tmp_path / backup.stem / "state.sqlite3"
        restore_from(backup, restored)
        with Workspace.open(restored) as ws:
            names = [a["name"] for a in agencies.list_agencies(ws)]
        assert ("Added the next day" in names) == (backup == second)


def test_a_missing_piece_of_a_daily_backups_database_is_reported(state, tmp_path):
    with Workspace.open(state) as ws:
        backup = daily_backup(ws, keep=14, today=DAY)
    shared = backups_dir(state) / "documents"
    third = read_manifest(backup)["database"]["chunks"][2]
    (shared / f"{third}.chunk").unlink()
    with pytest.raises(PackageError, match=f"^{backup.name} cannot be restored: piece 3 of the database .* is missing"):
        verify_package(backup)
    target = tmp_path / "elsewhere" / "state.sqlite3"
    with pytest.raises(PackageError, match="Nothing was changed"):
        restore_from(backup, target)
    assert not target.exists()
