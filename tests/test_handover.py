"""The handover pack: one PDF a successor can start from, and the project package it names."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from app import attachments, state_profile, submissions
from app.exports import service
from app.handover import build_handover, export_handover, package_file_name
from app.interchange import agency_workbook as aw
from app.package import is_encrypted, read_manifest
from app.states import state_name
from app.workspace import Workspace
from tests.copies import backup_file
from tests.reading_order import reading_order

assert shutil.which("pdftotext"), "install poppler-utils to run these tests"

ROOT = Path(__file__).resolve().parents[1]
TODAY = "2026-06-30"


def pdftotext(path: Path, *, raw: bool = False) -> str:
    """The text a reader extracts; with `raw`, in the order it was written, Arabic normalised (NFKC, no bidi marks)."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else ["-layout"])
    text = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout
    if raw:
        text = re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", text))
        text = reading_order(text)  # Arabic lines are drawn from the left: read them from the right
    return text


def words(text: str) -> str:
    return " ".join(text.split())


def flat(text: str) -> str:
    """Without any white space: a name wrapped in a narrow cell still matches."""
    return "".join(text.split())


def _rows(ws: Workspace, sql: str, params=()) -> list[tuple]:
    return ws.db.execute(sql, list(params)).fetchall()


@pytest.fixture(scope="module")
def training(tmp_path_factory, demo_db):
    """The training State with what the demo lacks: an attached law, a submission, workbooks sent to agencies."""
    folder = tmp_path_factory.mktemp("handover")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UN1540_DATA_DIR", str(folder / "user-data"))
        path = backup_file(demo_db, folder / "training.sqlite3")
        with Workspace.open(path, source="cli") as ws:
            law_id = _rows(ws, "SELECT id FROM legal_instrument ORDER BY title_original LIMIT 1")[0][0]
            text = folder / "Loi 27-2003 texte publié.pdf"
            text.write_bytes(b"%PDF-1.4 the law as published\n" * 50)
            attachments.add(ws, "legal_instrument", law_id, text, "JORE n° 52")
            sent = folder / "XEX-action-plan-2025-02-01-fr.xlsx"
            sent.write_bytes(b"the plan as sent")
            submissions.mark_submitted(
                ws, sent, kind="nap", fmt="xlsx", lang="fr", submitted_on="2025-02-01", reference="NV/1540/2025/7"
            )
            agencies = _rows(ws, "SELECT id, name FROM agency ORDER BY id")
            keys = aw.field_keys_for(ws, ["A"])
            aw.export_agency_workbook(
                ws, agencies[2][0], keys, folder / "sent" / "awaited-workbook.xlsx", due_on="2026-05-31"
            )
            gone = aw.export_agency_workbook(
                ws, agencies[3][0], keys, folder / "sent" / "withdrawn-workbook.xlsx"
            ).value
            aw.withdraw(ws, gone.id)
        yield path


@pytest.fixture(scope="module")
def english(training, tmp_path_factory):
    out = tmp_path_factory.mktemp("pack-en")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UN1540_DATA_DIR", str(out.parent / "user-data-en"))
        with Workspace.open(training, source="cli") as ws:
            return export_handover(ws, out, lang="en", today=TODAY)


def test_the_pack_lists_everything_a_successor_needs(english, training):
    layout = pdftotext(english.pdf)
    raw = pdftotext(english.pdf, raw=True)
    text = flat(raw)
    # a word hyphenated at the end of a line in a narrow cell ("natio-" / "nale") reads back whole
    joined = flat(re.sub(r"(?<=[^\W\d_])-\n(?=[^\W\d_])", "", raw))
    with Workspace.open(training, source="cli") as ws:
        agencies = [r[0] for r in _rows(ws, "SELECT name FROM agency")]
        contacts = [r[0] for r in _rows(ws, "SELECT name FROM point_of_contact")]
        open_actions = [
            r[0]
            for r in _rows(
                ws,
                "SELECT a.title FROM plan_action a JOIN action_plan p ON p.id = a.plan_id "
                "WHERE p.frozen_on IS NULL AND a.is_proposal = 0 "
                "AND a.status NOT IN ('done', 'cancelled')",
            )
        ]
        closed_actions = [
            r[0] for r in _rows(ws, "SELECT title FROM plan_action WHERE status IN ('done', 'cancelled')")
        ]
        open_requests = _rows(
            ws, "SELECT count(*) FROM assistance_request WHERE status NOT IN ('closed', 'withdrawn')"
        )[0][0]
        awaited = aw.list_workbooks(ws, "pending")
        document = attachments.list_all(ws)[0]
        stored = attachments.documents_dir(ws).resolve() / document["sha256"]
        database = str(ws.path.resolve())
    assert english.pdf.name == "XEX-handover-2026-06-30-en.pdf" and english.package.name == package_file_name(
        "XEX", TODAY
    )
    assert "Handover pack: Republic of Examplia" in layout and state_name("XEX", "en") in layout
    assert english.counts == {
        "agency": 12,
        "contact": 8,
        "submission": 1,
        "action": 15,
        "request": open_requests,
        "workbook": 1,
        "attachment": 1,
        "law": 15,
    }
    assert english.pages >= 4 and not english.warnings
    assert len(open_actions) == 15
    for name in agencies + contacts + open_actions:
        assert flat(name) in text or flat(name) in joined, name
    assert len(closed_actions) == 5 and not [title for title in closed_actions if flat(title) in text]
    assert len(awaited) == 1 and flat(awaited[0]["agency_name"]) in text and "awaited-workbook.xlsx" in text
    assert "withdrawn-workbook.xlsx" not in text
    assert "NV/1540/2025/7" in text and "XEX-action-plan-2025-02-01-fr.xlsx" in text and flat("1 February 2025") in text
    assert flat(document["file_name"]) in text and str(stored) in text and database in text
    assert english.package.name in layout and flat("File > Restore from a backup") in text
    for part in range(1, 10):
        assert re.search(rf"^\s*{part}\. \S", layout, re.M), part


def test_the_package_beside_the_pack_holds_the_state_and_its_documents(english):
    assert english.package.is_file() and english.package.parent == english.pdf.parent
    manifest = read_manifest(english.package)
    assert manifest["state_code"] == "XEX" and len(manifest["documents"]) == 1 == english.documents
    assert not english.encrypted and not is_encrypted(english.package)
    assert sorted(p.name for p in english.pdf.parent.iterdir()) == sorted([english.pdf.name, english.package.name])


@pytest.mark.parametrize(
    "lang, title, contacts",
    [
        ("fr", ["Dossier de passation : {state}"], "3. Points de contact"),
        # poppler's raw order moves the colon of a right-to-left line: the words are checked one by one
        ("ar", ["ملف", "التسليم", "{state}"], "جهات الاتصال"),
    ],
)
def test_the_pack_in_french_and_arabic(training, tmp_path, lang, title, contacts):
    with Workspace.open(training, source="cli") as ws:
        result = export_handover(ws, tmp_path / "out", lang=lang, today=TODAY)
    assert result.pdf.name == f"XEX-handover-{TODAY}-{lang}.pdf" and result.pages >= 4
    text = words(pdftotext(result.pdf, raw=True))
    assert all(part.format(state=state_name("XEX", lang)) in text for part in title) and contacts in text
    assert result.package.name in flat(text)
    assert "Direction générale des douanes" in text  # the agencies' own names, whatever the language


def test_an_encrypted_package_and_the_pack_saying_so(training, tmp_path):
    with Workspace.open(training, source="cli") as ws:
        result = export_handover(ws, tmp_path / "out", lang="en", passphrase="correct horse", today=TODAY)
    assert result.encrypted and is_encrypted(result.package)
    assert read_manifest(result.package, "correct horse")["state_code"] == "XEX"
    text = words(pdftotext(result.pdf, raw=True))
    assert "It is encrypted" in text and "passphrase, which your predecessor gives you separately" in text
    assert "correct horse" not in text


def test_a_pack_that_cannot_be_written_leaves_nothing(training, tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise service.ExportCheckError("simulated failure")

    monkeypatch.setattr(service, "_verify_pdf", fail)
    with (
        Workspace.open(training, source="cli") as ws,
        pytest.raises(service.ExportCheckError, match="simulated failure"),
    ):
        export_handover(ws, tmp_path / "out", lang="en", today=TODAY)
    assert not (tmp_path / "out").exists()  # not even the folder it made


def test_a_new_state_gets_a_pack_that_says_what_is_missing(workspace, tmp_path):
    state_profile.save_profile(workspace, {"state_code": "FRA", "focal_point_name": "Jeanne Martin"})
    doc = build_handover(workspace, "en", TODAY)
    assert doc.expected == {
        "agency": 0,
        "contact": 0,
        "submission": 0,
        "action": 0,
        "request": 0,
        "workbook": 0,
        "attachment": 0,
        "law": 0,
    }
    result = export_handover(workspace, tmp_path / "out", lang="en", today=TODAY)
    text = words(pdftotext(result.pdf, raw=True))
    for sentence in (
        "No agency is recorded.",
        "No point of contact is recorded.",
        "No action of the plan is open.",
        "No assistance request is open.",
        "No workbook sent to an agency is awaited.",
        "No document is attached to a record.",
        "The register of laws is empty.",
    ):
        assert sentence in text, sentence
    assert "France" in text and "Jeanne Martin" in text and result.package.name == f"FRA-handover-{TODAY}.un1540"


def test_the_command_line_writes_the_pack(training, tmp_path):
    copy = backup_file(training, tmp_path / "copy.sqlite3")
    env = {k: v for k, v in os.environ.items() if k != "UN1540_PASSPHRASE"}
    env.update(UN1540_DATA_DIR=str(tmp_path / "d"), UN1540_CONFIG_DIR=str(tmp_path / "c"))

    def run(*args, **extra):
        return subprocess.run(
            [sys.executable, "main.py", "handover", "--db", str(copy), *args],
            capture_output=True,
            text=True,
            env={**env, **extra},
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
        )

    result = run("--out", str(tmp_path / "pack"), "--lang", "es")
    assert result.returncode == 0, result.stderr
    pdf, package = sorted((tmp_path / "pack").iterdir(), key=lambda p: p.suffix)
    assert pdf.name.endswith("-es.pdf") and package.suffix == ".un1540"
    assert f"Handover pack: {pdf}" in result.stdout and "pages)" in result.stdout and str(package) in result.stdout
    assert "Expediente de traspaso" in pdftotext(pdf)
    refused = run("--out", str(tmp_path / "secret"), "--encrypt")
    assert refused.returncode == 1 and "UN1540_PASSPHRASE" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1 and not (tmp_path / "secret").exists()
    encrypted = run("--out", str(tmp_path / "secret"), "--encrypt", UN1540_PASSPHRASE="s3cret phrase")
    assert encrypted.returncode == 0, encrypted.stderr
    assert "encrypted" in encrypted.stdout and is_encrypted(next((tmp_path / "secret").glob("*.un1540")))
    missing = run("--out", str(tmp_path / "no" / "such" / "folder"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr
