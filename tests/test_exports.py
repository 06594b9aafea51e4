"""Exported documents, as a user and the Committee would read them: every file is re-read here.

PDF files are read with poppler (`pdftotext`, `pdffonts`) and pypdf, workbooks with openpyxl, and
compared with the training State's database.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import legal_instruments, matrix, submissions
from app.errors import UserError
from app.exports import fonts, service
from app.exports.service import ExportCancelled, ExportCheckError, export_document
from app.workspace import Workspace
from tests.copies import backup_file
from tests.reading_order import reading_order

# The checks read PDF files as a user's reader would; poppler-utils is a test requirement (.ci/run installs it).
assert shutil.which("pdftotext") and shutil.which("pdffonts"), "install poppler-utils to run these tests"


def pdftotext(path: Path, first: int | None = None, last: int | None = None, *, raw: bool = False) -> str:
    """The text a reader extracts. With `raw`, in the order it was drawn, each Arabic line read from the
    right (tests.reading_order), normalised: shaped Arabic letters back to their plain form (NFKC), bidi
    control marks removed."""
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else [])
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    text = subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout
    if raw:
        text = re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", text))
        text = reading_order(text)  # Arabic lines are drawn from the left: read them from the right
    return text


def pdffonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.fixture(scope="module")
def training(tmp_path_factory, demo_db) -> Path:
    return backup_file(demo_db, tmp_path_factory.mktemp("exports") / "training.sqlite3")


@pytest.fixture(scope="module")
def db_counts(training) -> dict:
    conn = sqlite3.connect(training)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "fields": one("SELECT count(*) FROM matrix_field"),
            "plan_actions": one(
                "SELECT count(*) FROM plan_action a JOIN action_plan p ON p.id = a.plan_id "
                "WHERE p.frozen_on IS NULL AND a.is_proposal = 0"
            ),
            "sent_requests": one("SELECT count(*) FROM assistance_request WHERE status NOT IN ('draft', 'ready')"),
            "cited_laws": one("SELECT count(DISTINCT legal_instrument_id) FROM matrix_citation"),
            "request": one("SELECT min(id) FROM assistance_request WHERE status = 'matched'"),
            # The report's part on OP 6 to 10 lists the working plan's actions serving one of them.
            "later_paragraph_actions": sum(
                1
                for (paragraphs,) in conn.execute(
                    "SELECT a.operative_paragraphs FROM plan_action a JOIN action_plan p ON p.id = a.plan_id "
                    "WHERE p.frozen_on IS NULL AND a.is_proposal = 0"
                )
                if {"OP6", "OP7", "OP8", "OP9", "OP10"} & set((paragraphs or "").split(","))
            ),
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def english(training, db_counts, tmp_path_factory) -> dict:
    """Every document in both formats, in English, exported once for the tests below."""
    out = tmp_path_factory.mktemp("english")
    results = {}
    with Workspace.open(training, source="cli") as ws:
        for kind in service.KINDS:
            for fmt in service.FORMATS:
                results[kind, fmt] = export_document(
                    ws, kind, fmt, "en", out / f"{kind}.{fmt}", request_id=db_counts["request"]
                )
    return results


def test_every_document_holds_what_the_database_holds(english, db_counts):
    for fmt in service.FORMATS:
        # the matrix's annex lists each law its cells cite, once
        assert english["matrix", fmt].counts == {"field": db_counts["fields"], "law": db_counts["cited_laws"]}
        assert english["report", fmt].counts == {
            "field": db_counts["fields"],
            "action": db_counts["later_paragraph_actions"],
            "request": db_counts["sent_requests"],
            "law": db_counts["cited_laws"],
        }
        assert english["nap", fmt].counts == {"action": db_counts["plan_actions"]}
        assert english["assistance", fmt].counts["request"] == 1
    assert db_counts["fields"] == 331 and db_counts["plan_actions"] == 20 and db_counts["later_paragraph_actions"] == 4


def test_the_matrix_workbook_has_a_sheet_per_section_with_frozen_headers_filters_and_every_field(english, training):
    wb = load_workbook(english["matrix", "xlsx"].path)
    # the State and its reporting dates with the explanatory note first, the sections, the annex of laws
    assert wb.sheetnames == ["Matrix", "A", "B", "C", "D", "Annex"]
    conn = sqlite3.connect(training)
    answers = dict(conn.execute("SELECT field_key, value FROM matrix_answer").fetchall())
    conn.close()
    seen = 0
    for name in "ABCD":
        ws = wb[name]
        assert ws.freeze_panes is not None and ws.auto_filter.ref, name
        assert ws.column_dimensions["A"].hidden
        headers = [c.value for c in next(r for r in ws.iter_rows() if r[1].value == "No.")]
        assert "Item" in headers
        for row in ws.iter_rows(min_row=1):
            keys = (row[0].value or "").split()
            if not keys or not keys[0].startswith("field:"):
                continue
            for key in keys:
                seen += 1
                field_key = key.removeprefix("field:")
                # the value written under the field's column is the database's value
                values = [c.value or "" for c in row[3:]]
                assert answers.get(field_key, "") in values or answers.get(field_key, "") == ""
    assert seen == 331
    # widths fit the content: the item column is wide, the value columns narrow
    b = wb["B"]
    assert b.column_dimensions["C"].width > 30 and b.column_dimensions["D"].width < 20


def test_user_text_stays_text_in_excel_and_literal_in_pdf(training, tmp_path):
    hostile = '=HYPERLINK("http://x","click") <b>bold</b> & <font color=red>x</font>'
    copy = backup_file(training, tmp_path / "copy.sqlite3")
    with Workspace.open(copy) as ws:
        request_id = ws.db.execute("SELECT min(id) FROM assistance_request").fetchone()[0]
        from app import assistance

        assistance.update_request(ws, request_id, {"title": hostile, "need_description": "+1+2 @SUM(1) -3"})
        xlsx = export_document(ws, "assistance", "xlsx", "en", tmp_path / "r.xlsx", request_id=request_id).path
        pdf = export_document(ws, "assistance", "pdf", "en", tmp_path / "r.pdf", request_id=request_id).path
    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode("utf-8"), name
    sheet = load_workbook(xlsx).active
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    title = next(c for c in cells if c.value == hostile)
    assert title.data_type == "s" and title.quotePrefix
    assert any(c.value == "+1+2 @SUM(1) -3" and c.data_type == "s" for c in cells)
    text = pdftotext(pdf)
    assert "<b>bold</b> & <font color=red>x</font>" in " ".join(text.split())


# Text a spreadsheet would take for a formula (or that Excel turns into one when the cell is edited).
FORMULA_LIKE = {
    "=": '=HYPERLINK("http://x","click")',
    "+": "+1 555 0100 (hotline)",
    "-": "-5% of the budget",
    "@": "@SUM(1,2)",
    "\t": "\t=1+2\nindented by a tab",
    "\r": "\r=1+2\nafter a carriage return",
}
# Section A fields without dates: their details start a cell of the matrix and of the report.
UNDATED = (
    "OP1.other_treaties",
    "OP1.iaea_code_radioactive_sources",
    "OP1.iaea_itdb",
    "OP1.other_arrangements",
    "OP1.statement_non_possession",
    "OP1.statement_non_provision",
)


def _starts_a_cell(text: str) -> str:
    """The text as read back: XML turns a carriage return into a line feed."""
    return text.replace("\r", "\n")


@pytest.mark.parametrize("kind", service.KINDS)
def test_text_starting_like_a_formula_stays_text_in_every_workbook(training, tmp_path, kind):
    from app import action_plan, assistance, legal_instruments

    copy = backup_file(training, tmp_path / "copy.sqlite3")
    texts = list(FORMULA_LIKE.values())
    with Workspace.open(copy) as ws:
        for key, text in zip(UNDATED, texts, strict=True):
            matrix.set_answer(ws, key, {"adherence_details": text})
        laws = [r[0] for r in ws.db.execute("SELECT DISTINCT legal_instrument_id FROM matrix_citation ORDER BY 1")]
        actions = [r[0] for r in ws.db.execute("SELECT id FROM plan_action ORDER BY id")]
        for law, action, text in zip(laws, actions, texts[:4], strict=False):  # one-line fields: the first four
            legal_instruments.update_legal_instrument(ws, law, {"title_original": text})
            action_plan.update_action(ws, action, {"title": text})
        for action, text in zip(actions[4:], texts[4:], strict=False):
            action_plan.update_action(ws, action, {"expected_output": text})
        request_id = ws.db.execute("SELECT min(id) FROM assistance_request WHERE status = 'matched'").fetchone()[0]
        assistance.update_request(
            ws,
            request_id,
            dict(
                zip(
                    (
                        "need_description",
                        "current_situation",
                        "objectives",
                        "expected_results",
                        "estimated_resources",
                        "assistance_received",
                    ),
                    texts,
                    strict=True,
                )
            ),
        )
        submissions.save_report_settings(ws, {"national_context": texts[4], "other_measures": texts[5]})
        path = export_document(ws, kind, "xlsx", "en", tmp_path / f"{kind}.xlsx", request_id=request_id).path

    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode("utf-8"), name
    cells = [c for sheet in load_workbook(path) for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    formula_like = [c for c in cells if c.value[:1] in "=+-@\t\r\n"]
    assert all(c.data_type == "s" and c.quotePrefix for c in formula_like), [
        (c.coordinate, c.value[:20]) for c in formula_like if not (c.data_type == "s" and c.quotePrefix)
    ]
    starts = {
        start for start, text in FORMULA_LIKE.items() if any(c.value.startswith(_starts_a_cell(text)) for c in cells)
    }
    assert starts == set(FORMULA_LIKE), f"each start is tried in the {kind} workbook"


def test_every_pdf_embeds_its_fonts_and_numbers_its_pages(english):
    for kind in service.KINDS:
        result = english[kind, "pdf"]
        rows = pdffonts(result.path)
        assert rows, kind
        assert all(row[-5] == "yes" for row in rows), (kind, rows)  # the "emb" column
        assert not any("Helvetica" in row[0] for row in rows)
        text = pdftotext(result.path)
        assert f"Page {result.pages} of {result.pages}" in text
        assert "Page 1 of" in text


def test_the_report_has_its_parts_numbered_paragraphs_and_the_laws_annex(english):
    text = " ".join(pdftotext(english["report", "pdf"].path).split())
    for heading in (
        "Covering note",
        "Introduction",
        "Part I. Operative paragraph 1",
        "Part II. Operative paragraph 2",
        "Part III. Operative paragraph 3 (a) and (b)",
        "Part IV. Operative paragraph 3 (c) and (d)",
        "Part V. Operative paragraphs 6 to 10",
        "Annex. National legislation cited",
    ):
        assert heading in text, heading
    assert "presents its compliments to the Chair" in text
    assert "Republic of Examplia" in text
    assert re.search(r"\b1\.\s", text) and re.search(r"\b2\.\s", text)
    # a remark typed with markup characters comes out literally
    assert "Thresholds < 10 g & activity > 1 TBq; see <b>annex</b>" in text


def test_emoji_of_a_remark_print_with_the_fonts_carried_with_the_application(english):
    result = english["report", "pdf"]
    text = pdftotext(result.path)
    assert "📎" in text and "[U+1F4CE]" not in text  # the paperclip of a remark: Noto Emoji, not a code
    assert result.warnings == []


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh", "ar"])
def test_the_matrix_and_request_in_each_language(training, tmp_path, db_counts, lang):
    with Workspace.open(training) as ws:
        pdf = export_document(ws, "assistance", "pdf", lang, tmp_path / "r.pdf", request_id=db_counts["request"])
        xlsx = export_document(ws, "matrix", "xlsx", lang, tmp_path / "m.xlsx")
        section_a = matrix.sections(ws, lang)[0]["label"]
    assert pdf.counts["request"] == 1 and xlsx.counts == {"field": 331, "law": db_counts["cited_laws"]}
    rows = pdffonts(pdf.path)
    assert all(row[-5] == "yes" for row in rows)
    text = pdftotext(pdf.path, raw=True)
    title = {
        "fr": "Demande d’assistance",
        "es": "Solicitud de asistencia",
        "ru": "Просьба об оказании помощи",
        "zh": "援助请求",
        "ar": "طلب مساعدة في إطار القرار",
    }[lang]
    assert title in " ".join(text.split()) or title in text.replace("\n", ""), text[:400]
    wb = load_workbook(xlsx.path)
    cells = " ".join(str(c.value) for row in wb["A"].iter_rows() for c in row if c.value)
    assert section_a in cells
    assert bool(wb.worksheets[0].sheet_view.rightToLeft) == (lang == "ar")


def test_chinese_report_breaks_lines_and_arabic_report_is_shaped_right_to_left(training, tmp_path):
    with Workspace.open(training) as ws:
        zh = export_document(ws, "nap", "pdf", "zh", tmp_path / "zh.pdf")
        ar = export_document(ws, "nap", "pdf", "ar", tmp_path / "ar.pdf")
    zh_text = pdftotext(zh.path)
    assert "执行第1540(2004)号决议国家行动计划" in zh_text.replace("\n", "")
    assert any("WenQuanYi" in row[0] or "CJK" in row[0] for row in pdffonts(zh.path))
    ar_text = " ".join(pdftotext(ar.path, raw=True).split())
    # every letter comes back (contextual forms included), the words in reading order
    assert "خطة عمل جمهورية إكزامبليا الوطنية لتنفيذ القرار 1540 (2004)" in ar_text


def test_a_file_that_does_not_match_the_data_is_not_kept(training, tmp_path, monkeypatch):
    target = tmp_path / "matrix.pdf"
    target.write_bytes(b"the previous export")
    from app.exports import pdf as pdf_writer

    original = pdf_writer._Anchor.draw

    def drop_one(self):
        if "field:OP1.npt" in self.names:
            return
        original(self)

    monkeypatch.setattr(pdf_writer._Anchor, "draw", drop_one)
    with Workspace.open(training) as ws, pytest.raises(ExportCheckError, match=r"OP1\.npt"):
        export_document(ws, "matrix", "pdf", "en", target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["matrix.pdf"]  # no temporary file left behind


def test_a_cancelled_export_writes_nothing(training, tmp_path):
    calls = []

    def cancel_after_a_while():
        calls.append(1)
        return len(calls) > 20

    with Workspace.open(training) as ws, pytest.raises(ExportCancelled):
        export_document(ws, "report", "pdf", "en", tmp_path / "report.pdf", cancelled=cancel_after_a_while)
    assert [p for p in tmp_path.iterdir() if p.is_file()] == []
    assert len(calls) > 20


def test_no_chinese_font_is_a_clear_error_before_writing(training, tmp_path, monkeypatch):
    monkeypatch.setenv("UN1540_CJK_FONT", "")
    fonts.font_set.cache_clear()
    try:
        with Workspace.open(training) as ws:
            with pytest.raises(fonts.FontUnavailableError) as caught:
                export_document(ws, "matrix", "pdf", "zh", tmp_path / "m.pdf")
            assert "fonts-wqy-zenhei" in str(caught.value) and "fonts" in str(caught.value)
            assert [p for p in tmp_path.iterdir() if p.is_file()] == []
            # Excel needs no font file: the same document still exports as a workbook
            assert export_document(ws, "matrix", "xlsx", "zh", tmp_path / "m.xlsx").counts["field"] == 331
    finally:
        fonts.font_set.cache_clear()


def test_an_unwritable_target_is_a_clear_error(training, tmp_path):
    with Workspace.open(training) as ws:
        with pytest.raises(UserError, match="does not exist"):
            export_document(ws, "nap", "xlsx", "en", tmp_path / "missing" / "plan.xlsx")
        with pytest.raises(UserError, match="folder"):
            export_document(ws, "nap", "xlsx", "en", tmp_path)
        with pytest.raises(UserError, match="assistance request"):
            export_document(ws, "assistance", "pdf", "en", tmp_path / "x.pdf", request_id=9999)


def test_submission_keeps_the_document_read_only_and_changes_are_reported_field_by_field(training, tmp_path):
    copy = backup_file(training, tmp_path / "copy.sqlite3")
    with Workspace.open(copy) as ws:
        with pytest.raises(UserError, match="No report has been marked as submitted"):
            export_document(ws, "report", "pdf", "en", tmp_path / "changes.pdf", scope="changes")
        full = export_document(ws, "report", "pdf", "en", tmp_path / "full.pdf")
        submission_id = submissions.mark_submitted(
            ws,
            full.path,
            kind="report",
            fmt="pdf",
            lang="en",
            submitted_on="2026-01-15",
            reference="NV/1540/2026/3",
            counts=full.counts,
        ).value
        history = submissions.list_submissions(ws)
        assert [(h["submitted_on"], h["reference"], h["file_name"]) for h in history] == [
            ("2026-01-15", "NV/1540/2026/3", "full.pdf")
        ]
        with pytest.raises(sqlite3.DatabaseError, match="read-only"):
            ws.db.execute("UPDATE submission SET reference = 'x' WHERE id = ?", [submission_id])
        with pytest.raises(sqlite3.DatabaseError, match="kept"):
            ws.db.execute("UPDATE state_profile SET is_training = 0")
            ws.db.execute("DELETE FROM submission")
        ws.db.execute("UPDATE state_profile SET is_training = 1")
        copy_back = submissions.save_document_copy(ws, submission_id, tmp_path / "again.pdf")
        assert copy_back.read_bytes() == full.path.read_bytes()

        # nothing changed yet: the changes report says so
        unchanged = export_document(ws, "report", "xlsx", "en", tmp_path / "none.xlsx", scope="changes")
        assert unchanged.counts["field"] == 0
        # one field changes its value and gets a remark
        matrix.set_answer(ws, "OP1.npt", {"value": "?", "remarks": "Ratification instrument being re-verified"})
        changes = export_document(ws, "report", "pdf", "en", tmp_path / "changes.pdf", scope="changes")
        assert changes.counts["field"] == 1
        text = " ".join(pdftotext(changes.path).split())
        assert "Changes since the report submitted on 15 January 2026" in text
        assert "Previously reported" in text and "References incomplete or under review" in text
        assert "Ratification instrument being re-verified" in text
        profile = ws.db.execute("SELECT first_report_date FROM state_profile").fetchone()[0]
        assert profile is not None


@pytest.fixture(scope="module")
def submitted(training, tmp_path_factory) -> Path:
    """The training State with its full report marked as submitted on 2026-01-15 (copy it to change it)."""
    folder = tmp_path_factory.mktemp("submitted")
    path = backup_file(training, folder / "submitted.sqlite3")
    with Workspace.open(path) as ws:
        full = export_document(ws, "report", "xlsx", "en", folder / "full.xlsx")
        submissions.mark_submitted(
            ws,
            full.path,
            kind="report",
            fmt="xlsx",
            lang="en",
            submitted_on="2026-01-15",
            reference="NV/1540/2026/3",
            counts=full.counts,
        )
    return path


def _recite(ws, key: str, article: str) -> None:
    """The same law cited by `key`, with another article (the only citation of the field)."""
    [citation] = matrix.citations(ws, key)
    matrix.remove_citation(ws, citation["id"])
    matrix.add_citation(ws, key, citation["legal_instrument_id"], article)


MANUFACTURE = "OP2.NW.manufacture.legal"  # X, a source, no remark, one citation (law 2, Art. 412-2(1))
# One part of one field changes: (field, the change, the part compared, what the report calls it,
# what the submitted report said and what holds now, as the changes report shows them).
ONE_PART_CHANGES = {
    "value": (
        MANUFACTURE,
        lambda ws: matrix.set_answer(ws, MANUFACTURE, {"value": "?"}).value,
        "value",
        "assessment",
        "Legal framework: Yes",
        "Legal framework: References incomplete or under review",
    ),
    "source": (
        MANUFACTURE,
        lambda ws: matrix.set_answer(ws, MANUFACTURE, {"source": "Additional information (2026), p. 2"}).value,
        "source",
        "source",
        "Source: First national report (2005), p. 7",
        "Source: Additional information (2026), p. 2",
    ),
    "remarks": (
        MANUFACTURE,
        lambda ws: matrix.set_answer(ws, MANUFACTURE, {"remarks": "Implementing decree pending"}).value,
        "remarks",
        "remarks",
        None,
        "Implementing decree pending",
    ),
    "article of a citation": (
        MANUFACTURE,
        lambda ws: _recite(ws, MANUFACTURE, "Art. 412-2(2)"),
        "citations",
        "legal references",
        "Code pénal, Art. 412-2(1)",
        "Code pénal, Art. 412-2(2)",
    ),
    "adherence details": (
        "OP1.npt",
        lambda ws: matrix.set_answer(ws, "OP1.npt", {"adherence_details": "Acceded 1975."}).value,
        "details",
        "details",
        "Acceded 22 September 1975 (instrument",
        "Acceded 1975.;",
    ),
    "ratification date": (
        "OP1.npt",
        lambda ws: matrix.set_answer(ws, "OP1.npt", {"ratification_date": "1975-09-23"}).value,
        "details",
        "details",
        "ratification: 1975-09-22",
        "ratification: 1975-09-23",
    ),
}


@pytest.mark.parametrize("case", list(ONE_PART_CHANGES))
def test_a_change_of_one_part_of_one_field_is_reported(submitted, tmp_path, case):
    key, change, part, label, then, now = ONE_PART_CHANGES[case]
    copy = backup_file(submitted, tmp_path / "copy.sqlite3")
    with Workspace.open(copy) as ws:
        assert submissions.changes_since_last_report(ws)[1] == []
        change(ws)
        _, changed, _ = submissions.changes_since_last_report(ws)
        assert [(c["key"], c["parts"]) for c in changed] == [(key, [part])]
        result = export_document(ws, "report", "xlsx", "en", tmp_path / "changes.xlsx", scope="changes")
    assert result.counts["field"] == 1
    rows = [
        row
        for sheet in load_workbook(result.path)
        for row in sheet.iter_rows(values_only=True)
        if row and str(row[0]).startswith("field:")
    ]
    assert [row[0] for row in rows] == [f"field:{key}"]
    *_, what, previous, current = rows[0]
    assert what == label
    assert now in current and now not in previous
    if then is not None:
        assert then in previous and then not in current


def test_a_law_retitled_is_a_change_of_every_field_citing_it(submitted, tmp_path):
    copy = backup_file(submitted, tmp_path / "copy.sqlite3")
    with Workspace.open(copy) as ws:
        citing = sorted(
            {r[0] for r in ws.db.execute("SELECT field_key FROM matrix_citation WHERE legal_instrument_id = 2")}
        )
        assert len(citing) > 1
        legal_instruments.update_legal_instrument(ws, 2, {"title_original": "Code pénal (version consolidée 2026)"})
        _, changed, _ = submissions.changes_since_last_report(ws)
        result = export_document(ws, "report", "xlsx", "en", tmp_path / "changes.xlsx", scope="changes")
    assert [(c["key"], c["parts"]) for c in changed] == [(key, ["citations"]) for key in citing]
    assert result.counts["field"] == len(citing)


def test_the_command_line_exports_and_marks_as_submitted(training, tmp_path):
    import os
    import sys

    copy = backup_file(training, tmp_path / "copy.sqlite3")
    env = {**os.environ, "UN1540_DATA_DIR": str(tmp_path / "d"), "UN1540_CONFIG_DIR": str(tmp_path / "c")}
    result = subprocess.run(
        [
            sys.executable,
            "main.py",
            "export",
            "nap",
            "--format",
            "xlsx",
            "--lang",
            "fr",
            "--db",
            str(copy),
            "--out",
            str(tmp_path / "plan.xlsx"),
            "--mark-submitted",
            "2026-02-01",
            "--reference",
            "NV-7",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stderr
    assert "20 actions" in result.stdout and "Marked as submitted on 2026-02-01" in result.stdout
    assert load_workbook(tmp_path / "plan.xlsx").sheetnames[0] == "Le plan"
    with Workspace.open(copy) as ws:
        assert [(s["kind"], s["reference"]) for s in submissions.list_submissions(ws)] == [("nap", "NV-7")]
    bad = subprocess.run(
        [
            sys.executable,
            "main.py",
            "export",
            "assistance",
            "--format",
            "pdf",
            "--db",
            str(copy),
            "--out",
            str(tmp_path / "x.pdf"),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "--id" in bad.stderr


def test_every_export_label_exists_in_the_six_languages_with_its_placeholders():
    from app import LANGUAGES
    from app.exports.text import catalogue

    folder = Path(__file__).resolve().parents[1] / "resources" / "export_text"
    import json

    english = json.loads((folder / "en.json").read_text(encoding="utf-8"))
    # {state}, {state_in_text} and {state_of} are one value: each language takes the form its grammar needs
    placeholders = lambda text: {re.sub(r"^state_\w+", "state", p) for p in re.findall(r"\{(\w+)\}", text)}  # noqa: E731
    for lang in LANGUAGES:
        own = json.loads((folder / f"{lang}.json").read_text(encoding="utf-8"))
        assert set(own) == set(english), lang
        for key, text in own.items():
            assert text.strip(), (lang, key)
            if key != "date_format":
                assert placeholders(text) == placeholders(english[key]), (lang, key)
        assert catalogue(lang)["page_x_of_y"] == own["page_x_of_y"]
