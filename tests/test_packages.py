"""Project packages (.un1540), attached documents and rolling daily backups, as a user relies on them."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import agencies, attachments, legal_instruments, preferences
from app.backup import backup_file, restore, restore_from
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
from app.rolling_backups import backups_dir, daily_backup, list_backups
from app.workspace import Workspace
from db.connection import DatabaseError

PASSPHRASE = "Nuit blanche à Examplia, 23 novembre"
LAW_TEXT = b"%PDF-1.4\nLoi n\xc2\xb0 2019-12 relative aux biens a double usage\n" * 500
NOTE_TEXT = b"Note verbale 1540/2026/07\n" + os.urandom(30_000)  # does not compress: like a scanned document


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
        if table == "audit_log":
            assert after[table][: len(before[table])] == before[table]
            assert [row[4] for row in after[table][len(before[table]):]] == ["restore"]
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
        _sha(LAW_TEXT): ["loi-2019-12.pdf"], _sha(NOTE_TEXT): ["note-verbale.pdf"]}
    with zipfile.ZipFile(package) as zf:
        assert sorted(zf.namelist()) == sorted(["manifest.json", "database.sqlite3",
                                               f"documents/{_sha(LAW_TEXT)}", f"documents/{_sha(NOTE_TEXT)}"])
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in zf.infolist())

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
    with pytest.raises(PassphraseRequired):
        read_manifest(info.path)
    assert read_manifest(info.path, PASSPHRASE)["state_code"] == "XEX"
    assert check_passphrase(info.path, PASSPHRASE) and not check_passphrase(info.path, PASSPHRASE.upper())

    elsewhere = _elsewhere(tmp_path, monkeypatch)
    with pytest.raises(PassphraseRequired):
        restore_package(info.path, elsewhere)
    assert not elsewhere.exists()
    restore_package(info.path, elsewhere, passphrase=PASSPHRASE)
    _assert_same_data(state, elsewhere)


def test_a_wrong_passphrase_changes_nothing(state, target, tmp_path):
    with Workspace.open(state) as ws:
        secret = write_package(ws, tmp_path / "secret.un1540", PASSPHRASE).path
    before = _state_of(target)
    with pytest.raises(PackageError, match="The passphrase is wrong, or the package is damaged."):
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
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('un1540', '999_future', 'now')")


BAD_PACKAGES = {
    "tampered byte": (lambda p, out: _flip_middle(p), None, "damaged"),
    "tampered byte, encrypted": (lambda p, out: _flip_middle(p), PASSPHRASE, "passphrase is wrong, or the package is damaged"),
    "truncated": (lambda p, out: _cut(p), None, "damaged"),
    "truncated, encrypted": (lambda p, out: _cut(p), PASSPHRASE, "passphrase is wrong, or the package is damaged"),
    "last encrypted chunk dropped": (lambda p, out: _drop_last_chunk(p), PASSPHRASE,
                                     "passphrase is wrong, or the package is damaged"),
    "format version 99": (lambda p, out: _rewrite(p, out, manifest_edit=lambda m: m.update(format_version=99)), None,
                          "newer version"),
    "newer schema step": (lambda p, out: _rewrite(p, out, database_edit=_newer_schema), None, "newer version"),
    "document changed": (lambda p, out: _rewrite(p, out, manifest_edit=lambda m: m["documents"][0].update(size=1)), None,
                         "does not match"),
    "not a package": (lambda p, out: (out.write_bytes(b"Minutes of the CNC-1540 meeting\n" * 100), out)[1], None,
                      "not a package|damaged"),
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


@pytest.mark.parametrize("case", list(BAD_PACKAGES))
def test_a_bad_package_is_refused_and_nothing_changes(state, target, tmp_path, case):
    make_bad, passphrase, message = BAD_PACKAGES[case]
    if case == "last encrypted chunk dropped":
        big = tmp_path / "scan.tif"
        big.write_bytes(os.urandom(1_500_000))
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
        if table != "audit_log":
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
    with pytest.raises(UserError, match="cannot be encrypted"):
        backup_file(state, tmp_path / "x.sqlite3", passphrase=PASSPHRASE)


# --- attachments --------------------------------------------------------------------------------


def test_attachments_are_stored_once_and_removed_with_their_last_use(state, tmp_path):
    with Workspace.open(state) as ws:
        folder = attachments.documents_dir(ws)
        assert folder == state.parent / "examplia-documents"
        rows = attachments.list_all(ws)
        assert len(rows) == 3 and len(list(folder.iterdir())) == 2
        law_rows = [r for r in rows if r["sha256"] == _sha(LAW_TEXT)]
        action_title = ws.db.execute("SELECT title FROM plan_action WHERE id = 1").fetchone()[0]
        law_title = legal_instruments.get_legal_instrument(ws, 1)["title_original"]
        assert sorted(r["owner"] for r in law_rows) == sorted([law_title, action_title])
        attachments.remove(ws, law_rows[0]["id"])
        assert (folder / _sha(LAW_TEXT)).read_bytes() == LAW_TEXT, "still used by the other attachment"
        attachments.remove(ws, law_rows[1]["id"])
        assert not (folder / _sha(LAW_TEXT)).exists()
        with pytest.raises(NotFoundError):
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
        for entity, entity_id in (("legal_instrument", 9999), ("matrix_field", "OP9.none"), ("plan_action", "abc"),
                                  ("agency", 1)):
            with pytest.raises(ValidationError):
                attachments.add(ws, entity, entity_id, small)
        with pytest.raises(ValidationError, match="larger than 200 MB"):
            attachments.add(ws, "legal_instrument", 1, huge)
        assert len(attachments.list_all(ws)) == 3
        assert len(list(attachments.documents_dir(ws).iterdir())) == 2


def test_documents_of_a_deleted_record_stay_listed(state):
    with Workspace.open(state) as ws:
        [note] = attachments.list_for(ws, "matrix_field", "OP1.npt")
        law_id = legal_instruments.create_legal_instrument(ws, {"title_original": "Loi à abroger"})
        extra = attachments.add(ws, "legal_instrument", law_id, attachments.path_of(ws, note["id"]))
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
        "2026-10-01.un1540.bak", "2026-11-04.un1540", "2026-11-05.un1540", "2026-11-06.un1540", "notes.txt"]


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

    (config_dir() / "preferences.json").write_text(json.dumps({"language": "fr", "backups_kept": value}), encoding="utf-8")
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
    from app.check import check_database

    assert check_database(state) == []
    folder = state.parent / "examplia-documents"
    (folder / _sha(LAW_TEXT)).write_bytes(b"tampered")
    (folder / _sha(NOTE_TEXT)).unlink()
    problems = check_database(state)
    assert any("loi-2019-12.pdf" in p and "damaged" in p for p in problems), problems
    assert any("note-verbale.pdf" in p and "missing" in p for p in problems), problems
