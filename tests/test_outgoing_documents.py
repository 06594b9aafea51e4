"""What every outgoing document carries around its content (app/exports/outgoing.py): DRAFT on every page until it
goes out, who sends it (PDF Author, workbook creator), its title, subject and language, the bookmarks panel open,
and the software's name in the footer only when the user asks for it.

PDFs are read as a user's reader reads them (poppler's pdftotext, page by page; pypdf for the document's
properties), workbooks with openpyxl."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app import preferences, submissions
from app.exports.service import export_document
from app.workspace import Workspace
from tests.copies import backup_file
from tests.test_exports import pdftotext

ROOT = Path(__file__).resolve().parents[1]
DRAFT = {"en": "DRAFT", "fr": "PROJET", "es": "BORRADOR", "ru": "ПРОЕКТ", "ar": "مسودة", "zh": "草稿"}
MINISTRY = "Ministère des Affaires étrangères et de la Coopération internationale"  # the focal point's, in the data
MISSION = {
    "en": "Permanent Mission of the Republic of Examplia to the United Nations",
    "fr": "Mission permanente de la République d’Examplia auprès de l’Organisation des Nations Unies",
    "ru": "Постоянное представительство Республики Экзамплия при Организации Объединенных Наций",
    "ar": "بعثة جمهورية إكزامبليا الدائمة لدى الأمم المتحدة",
    "zh": "埃克桑普利亚共和国常驻联合国代表团",
}


@pytest.fixture(scope="module")
def training(tmp_path_factory, demo_db) -> Path:
    return backup_file(demo_db, tmp_path_factory.mktemp("outgoing") / "training.sqlite3")


def _request(path: Path, status: str) -> int:
    with Workspace.open(path) as ws:
        found: int = ws.db.execute("SELECT min(id) FROM assistance_request WHERE status = ?", [status]).fetchone()[0]
    assert found, f"the training State has a request {status}"
    return found


def _pages(path: Path) -> list[str]:
    """The words of each page, as pdftotext reads them (Arabic in reading order, letters in their plain form)."""
    count = len(PdfReader(str(path)).pages)
    return [pdftotext(path, page, page, raw=True) for page in range(1, count + 1)]


def _export(path: Path, out: Path, kind: str, fmt: str, lang: str, **options) -> Path:
    out.mkdir(exist_ok=True)
    request_id = _request(path, "draft") if kind == "assistance" else None
    with Workspace.open(path) as ws:
        return export_document(ws, kind, fmt, lang, out / f"{kind}-{lang}.{fmt}", request_id=request_id, **options).path


@pytest.mark.parametrize(
    ("kind", "lang"),
    [
        ("report", "en"),
        ("report", "ar"),
        ("matrix", "zh"),
        ("matrix", "ru"),
        ("nap", "fr"),
        ("nap", "ar"),
        ("assistance", "es"),
        ("assistance", "zh"),
    ],
)
def test_every_page_of_a_draft_says_draft_in_the_document_s_language(training, tmp_path, kind, lang):
    pages = _pages(_export(training, tmp_path, kind, "pdf", lang))
    unmarked = [number for number, text in enumerate(pages, 1) if DRAFT[lang] not in text.split()]
    assert not unmarked, f"{kind} in {lang}: pages without the word {DRAFT[lang]}: {unmarked} of {len(pages)}"
    others = {word for code, word in DRAFT.items() if code != lang}
    assert not others & set(" ".join(pages).split()), "the mark is in the document's own language"


def test_the_watermark_is_a_light_mark_drawn_behind_the_page_s_text(training, tmp_path):
    """Drawn first on each page (tables and text over it), as grey shapes: it hides nothing."""
    pdf = _export(training, tmp_path, "report", "pdf", "en")
    page = PdfReader(str(pdf)).pages[0]
    stream = page.get_contents().get_data().decode("latin-1")
    first_text = stream.index("BT")
    grey_fill = stream.index(".839216 .839216 .839216 rg")  # the watermark's light grey (#d6d6d6)
    covering_note = stream.index("BT", first_text + 2)  # the first text is the invisible word itself
    assert stream.index("3 Tr") < first_text, "the word for readers is invisible text"
    assert grey_fill < covering_note, "the diagonal mark is drawn before, hence behind, the page's text"


def test_a_document_exported_as_submitted_and_a_request_already_sent_are_no_drafts(training, tmp_path):
    copy = backup_file(training, tmp_path / "copy.sqlite3")
    sent = _request(copy, "matched")
    with Workspace.open(copy) as ws:

        def mark(kind: str, fmt: str, request_id: int | None = None):
            def on_checked(checked: Path, counts: dict) -> None:
                submissions.mark_submitted(
                    ws, checked, kind=kind, fmt=fmt, lang="ru", submitted_on="2026-11-20", request_id=request_id
                )

            return on_checked

        report = export_document(ws, "report", "pdf", "ru", tmp_path / "r.pdf", on_checked=mark("report", "pdf"))
        matrix = export_document(ws, "matrix", "xlsx", "ru", tmp_path / "m.xlsx", on_checked=mark("matrix", "xlsx"))
        request = export_document(ws, "assistance", "pdf", "ru", tmp_path / "a.pdf", request_id=sent)
        draft_request = _request(copy, "draft")
        submitted_request = export_document(
            ws,
            "assistance",
            "pdf",
            "ru",
            tmp_path / "a2.pdf",
            request_id=draft_request,
            on_checked=mark("assistance", "pdf", draft_request),
        )
    for pdf in (report.path, request.path, submitted_request.path):
        assert not [n for n, text in enumerate(_pages(pdf), 1) if "ПРОЕКТ" in text.split()], pdf.name
    assert PdfReader(str(report.path)).metadata.author == MISSION["ru"]
    workbook = load_workbook(matrix.path)
    assert not [ws.title for ws in workbook.worksheets if ws.oddHeader.right.text or "ПРОЕКТ" in str(ws["B1"].value)]


def test_every_sheet_of_a_draft_workbook_says_draft_in_its_print_header_and_title(training, tmp_path):
    workbook = load_workbook(_export(training, tmp_path, "matrix", "xlsx", "fr"))
    assert len(workbook.worksheets) > 1
    for sheet in workbook.worksheets:
        assert sheet.oddHeader.right.text == "&BPROJET", sheet.title  # bold, on every printed page
        assert sheet["B1"].value.startswith("PROJET — Matrice du Comité 1540"), sheet.title
        assert sheet.oddFooter.left.text == "Établi le 20 novembre 2026", "the date, without the software's name"
    assert workbook.properties.creator == MINISTRY
    assert workbook.properties.title.startswith("Matrice du Comité 1540")


@pytest.mark.parametrize(
    ("kind", "lang", "author", "title"),
    [
        (
            "report",
            "en",
            MISSION["en"],
            "Additional information from the Republic of Examplia on the implementation of Security Council "
            "resolution 1540 (2004)",
        ),
        (
            "report",
            "ar",
            MISSION["ar"],
            "معلومات إضافية مقدمة من جمهورية إكزامبليا عن تنفيذ قرار مجلس الأمن 1540 (2004)",
        ),
        ("matrix", "zh", MINISTRY, "1540委员会矩阵：埃克桑普利亚共和国"),
        ("nap", "fr", MINISTRY, "Plan d’action national de la République d’Examplia"),
    ],
)
def test_the_pdf_says_who_sends_it_what_it_is_in_which_language_and_opens_on_its_bookmarks(
    training, tmp_path, kind, lang, author, title
):
    reader = PdfReader(str(_export(training, tmp_path, kind, "pdf", lang)))
    meta = reader.metadata
    assert meta.author == author
    assert meta.title.startswith(title), meta.title
    subject = {
        "en": "Implementation of Security Council resolution 1540 (2004)",
        "ar": "تنفيذ قرار مجلس الأمن 1540 (2004)",
    }
    assert meta.subject.startswith(subject.get(lang, "")) and meta.subject, meta.subject
    assert DRAFT[lang] in meta["/Keywords"], "a draft says so in its keywords too"
    assert meta.creator == "1540 Focal Point", "the program that made the file: a technical field"
    catalog = reader.trailer["/Root"]
    assert catalog["/PageMode"] == "/UseOutlines", "the reader opens with the bookmarks panel"
    assert catalog["/Lang"] == lang
    assert reader.outline, "and there are bookmarks to show"


def test_without_a_focal_point_s_institution_the_government_sends_the_matrix(db_path, tmp_path):
    from app import state_profile

    with Workspace.open(db_path) as ws:
        state_profile.save_profile(ws, {"state_code": "RUS", "focal_point_name": "Focal point"})
        fr = export_document(ws, "matrix", "pdf", "fr", tmp_path / "m.pdf").path
        report = export_document(ws, "report", "pdf", "es", tmp_path / "r.pdf").path
    assert PdfReader(str(fr)).metadata.author == "Gouvernement de la Fédération de Russie"
    assert (
        PdfReader(str(report)).metadata.author == "Misión Permanente de la Federación de Rusia ante las Naciones Unidas"
    )


def test_the_footer_names_the_software_only_when_the_user_asks(training, tmp_path):
    plain = _pages(_export(training, tmp_path / "plain", "nap", "pdf", "en", credit=None))
    assert all("Prepared on 20 November 2026" in " ".join(page.split()) for page in plain), "the date stays"
    assert not [n for n, page in enumerate(plain, 1) if "Focal Point" in page], "no software name by default"

    prefs = preferences.load()
    prefs.credit_software = True  # ticked in Settings
    preferences.save(prefs)
    credited = _pages(_export(training, tmp_path / "credited", "nap", "pdf", "en"))
    footer = "Prepared on 20 November 2026 with 1540 Focal Point"
    assert all(footer in " ".join(page.split()) for page in credited), "every page, once the user chose it"
    workbook = load_workbook(_export(training, tmp_path / "credited", "nap", "xlsx", "en"))
    assert {sheet.oddFooter.left.text for sheet in workbook.worksheets} == {footer}
    assert PdfReader(str(tmp_path / "credited" / "nap-en.pdf")).metadata.author == MINISTRY, "Author stays the sender"

    overridden = _pages(_export(training, tmp_path / "overridden", "nap", "pdf", "en", credit=False))
    assert not [n for n, page in enumerate(overridden, 1) if "Focal Point" in page], "the export's own choice wins"


def _cli(training: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "UN1540_DATA_DIR": str(tmp_path / "d"), "UN1540_CONFIG_DIR": str(tmp_path / "c")}
    return subprocess.run(
        [sys.executable, "main.py", "export", *args, "--db", str(training)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )


def test_the_command_line_credits_the_software_on_request_and_leaves_a_submitted_matrix_unmarked(training, tmp_path):
    credited = _cli(training, tmp_path, "matrix", "--format", "pdf", "--out", str(tmp_path / "c.pdf"), "--credit")
    assert credited.returncode == 0, credited.stderr
    pages = _pages(tmp_path / "c.pdf")
    assert all("with 1540 Focal Point" in " ".join(page.split()) for page in pages)
    assert all("DRAFT" in page.split() for page in pages), "exported without being submitted: a draft"

    copy = backup_file(training, tmp_path / "copy.sqlite3")
    out = tmp_path / "sent.pdf"
    sent = _cli(copy, tmp_path, "matrix", "--format", "pdf", "--out", str(out), "--mark-submitted", "2026-02-01")
    assert sent.returncode == 0, sent.stderr
    pages = _pages(out)
    assert not [n for n, page in enumerate(pages, 1) if "DRAFT" in page.split() or "Focal Point" in page]
