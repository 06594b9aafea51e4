# ruff: noqa: RUF001 - the Russian and Arabic words below are written in their scripts on purpose
"""The national report and the assistance request as the Committee reads them: the covering note is a note verbale
in the UN's wording of each language (the Mission's compliments, the Committee's note it answers, the number typed
at "Mark as submitted", the closing formula, place and date), no record state of this file goes out, the weapon
column says what it holds, and the action plan's counts add up, in the grammatical number of each language.

PDF files are read back with poppler, as a reader's viewer would.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import LANGUAGES, submissions
from app.exports import builders
from app.exports.service import export_document
from app.exports.submit import export_submitted
from app.exports.text import Text, plural_category
from app.workspace import Workspace
from tests.copies import backup_file
from tests.test_exports import pdftotext

TODAY = "2026-11-20"  # the day every test runs on (tests/conftest.py)
MAIN = Path(__file__).resolve().parents[1] / "main.py"
COMMITTEE_NOTE = "S/AC.44/2026/OC.12"
NUMBER = "NV/1540/2026/17"


def _words(text: str) -> str:
    """Text with every run of spaces (no-break ones included) as one space."""
    return " ".join(text.split())


def _flat(text: str) -> str:
    """Text without spaces or line breaks (lines wrap anywhere, Chinese has no spaces)."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def training(tmp_path, demo_db) -> Path:
    return backup_file(demo_db, tmp_path / "training.sqlite3")


@pytest.fixture(scope="module")
def russia(tmp_path_factory, demo_db) -> Path:
    """The training State's data under the Russian Federation's name, answering a note of the Committee: every
    language writes that name with its own article or case ("de la Fédération de Russie", "للاتحاد الروسي")."""
    path = backup_file(demo_db, tmp_path_factory.mktemp("note") / "russia.sqlite3")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE state_profile SET state_code = 'RUS'")
    conn.close()
    with Workspace.open(path, source="cli") as ws:
        submissions.save_report_settings(
            ws, {"committee_note_reference": COMMITTEE_NOTE, "committee_note_date": "2026-03-05"}
        )
    return path


def _cli(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "UN1540_DATA_DIR": str(tmp_path / "data"), "UN1540_CONFIG_DIR": str(tmp_path / "data")}
    return subprocess.run(
        [sys.executable, str(MAIN), *map(str, args)],
        stdin=subprocess.DEVNULL,
        cwd=MAIN.parent,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


# -- the note number typed at "Mark as submitted" ----------------------------------------------------------------
def test_the_note_number_typed_when_marking_as_submitted_is_on_the_document_kept(training, tmp_path):
    """`export --mark-submitted DATE --reference NUMBER`: the document sent and the copy kept carry the number."""
    out = tmp_path / "report.pdf"
    result = _cli(
        tmp_path, "export", "report", "--db", training, "--format", "pdf", "--lang", "en", "--out", out,
        "--mark-submitted", "2026-03-31", "--reference", NUMBER,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with Workspace.open(training, source="cli") as ws:
        (kept,) = submissions.list_submissions(ws)
        copy = submissions.save_document_copy(ws, kept["id"], tmp_path / "kept.pdf")
    assert kept["reference"] == NUMBER
    assert copy.read_bytes() == out.read_bytes()
    note = " ".join(pdftotext(copy, 1, 1).split())
    assert f"Note No. {NUMBER}" in note
    assert "New York, 31 March 2026" in note, "the note is dated the day it is submitted"
    assert "Not stated" not in note and "Reference" not in note


def test_marking_a_request_as_submitted_prints_the_number_typed_as_its_note_verbale_reference(training, tmp_path):
    with Workspace.open(training, source="cli") as ws:
        request_id = ws.db.execute("SELECT min(id) FROM assistance_request WHERE status = 'draft'").fetchone()[0]
        result, submission_id = export_submitted(
            ws, "assistance", "pdf", "fr", tmp_path / "request.pdf", submitted_on="2026-11-18",
            reference="NV/MP-EX/1540/2026/101", request_id=request_id, today=TODAY,
        )  # fmt: skip
        copy = submissions.save_document_copy(ws, submission_id, tmp_path / "kept.pdf")
    assert copy.read_bytes() == result.path.read_bytes()
    text = " ".join(pdftotext(copy).split())
    assert "Référence de la note verbale NV/MP-EX/1540/2026/101" in text


def test_a_draft_without_a_number_says_nothing_of_one(training, tmp_path):
    """Before it is submitted, the covering note has no "Note No." line and no "Not stated"; it answers no note."""
    with Workspace.open(training, source="cli") as ws:
        path = export_document(ws, "report", "pdf", "en", tmp_path / "draft.pdf", today=TODAY).path
    note = " ".join(pdftotext(path, 1, 1).split())
    assert "Note No." not in note and "Not stated" not in note
    assert (
        "presents its compliments to the Chair of the Security Council Committee established pursuant to "
        "resolution 1540 (2004) and has the honour to transmit herewith additional information from the "
        "Republic of Examplia" in note
    )
    assert "New York, 20 November 2026" in note


def test_the_committee_note_answered_is_typed_on_the_command_line_and_cited(training, tmp_path):
    set_it = _cli(
        tmp_path, "report-text", "--db", training, "--committee-note", COMMITTEE_NOTE,
        "--committee-note-date", "2026-03-05", "--reference", "NV/1540/2026/9",
    )  # fmt: skip
    assert set_it.returncode == 0, set_it.stderr
    assert f"committee-note: {COMMITTEE_NOTE}" in set_it.stdout and "committee-note-date: 2026-03-05" in set_it.stdout
    wrong = _cli(tmp_path, "report-text", "--db", training, "--committee-note-date", "5 March")
    assert wrong.returncode == 1 and wrong.stderr.startswith("error: --committee-note-date:"), wrong.stderr
    assert "Nothing was changed" in wrong.stderr
    with Workspace.open(training, source="cli") as ws:
        assert submissions.report_settings(ws)["committee_note_date"] == "2026-03-05"
        path = export_document(ws, "report", "pdf", "en", tmp_path / "report.pdf", today=TODAY).path
    note = " ".join(pdftotext(path, 1, 1).split())
    assert "Note No. NV/1540/2026/9" in note, "a draft shows the number planned in the report's text"
    assert f"and, with reference to the Committee's note {COMMITTEE_NOTE} of 5 March 2026, has the honour" in note


# -- the note verbale in the six languages ------------------------------------------------------------------------
# The UN's wording, with the Russian Federation's name in the form each sentence needs.
OPENING = {
    "en": "The Permanent Mission of the Russian Federation to the United Nations presents its compliments to the "
    "Chair of the Security Council Committee established pursuant to resolution 1540 (2004) and, with reference "
    f"to the Committee's note {COMMITTEE_NOTE} of 5 March 2026, has the honour to transmit herewith",
    "fr": "La Mission permanente de la Fédération de Russie auprès de l’Organisation des Nations Unies présente ses "
    "compliments au Président du Comité du Conseil de sécurité créé par la résolution 1540 (2004) et, se référant à "
    f"la note du Comité {COMMITTEE_NOTE} en date du 5 mars 2026, a l’honneur de lui transmettre ci-joint",
    "es": "La Misión Permanente de la Federación de Rusia ante las Naciones Unidas saluda atentamente a la "
    "Presidencia del Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004) y, en "
    f"relación con la nota del Comité {COMMITTEE_NOTE} de fecha 5 de marzo de 2026, tiene el honor de transmitirle",
    "ru": "Постоянное представительство Российской Федерации при Организации Объединенных Наций свидетельствует "
    "свое уважение Председателю Комитета Совета Безопасности, учрежденного резолюцией 1540 (2004), и, ссылаясь на "
    f"ноту Комитета {COMMITTEE_NOTE} от 5 марта 2026 года, имеет честь препроводить",
    "ar": "تهدي البعثة الدائمة للاتحاد الروسي لدى الأمم المتحدة تحياتها إلى رئيس لجنة مجلس الأمن المنشأة عملا "
    f"بالقرار 1540 (2004)، وبالإشارة إلى مذكرة اللجنة {COMMITTEE_NOTE} المؤرخة",
    "zh": "俄罗斯联邦常驻联合国代表团向安全理事会第1540(2004)号决议所设委员会主席致意，并谨提及委员会2026年3月5日的"
    f"普通照会（{COMMITTEE_NOTE}），随函转递俄罗斯联邦",
}
CLOSING = {
    "en": "The Permanent Mission of the Russian Federation to the United Nations avails itself of this opportunity "
    "to renew to the Chair of the Committee the assurances of its highest consideration.",
    "fr": "La Mission permanente de la Fédération de Russie auprès de l’Organisation des Nations Unies saisit cette "
    "occasion pour renouveler au Président du Comité les assurances de sa très haute considération.",
    "es": "La Misión Permanente de la Federación de Rusia ante las Naciones Unidas aprovecha la oportunidad para "
    "reiterar a la Presidencia del Comité el testimonio de su más alta consideración.",
    "ru": "Постоянное представительство Российской Федерации при Организации Объединенных Наций пользуется случаем, "
    "чтобы возобновить Председателю Комитета уверения в своем весьма высоком уважении.",
    "ar": "وتغتنم البعثة الدائمة للاتحاد الروسي لدى الأمم المتحدة هذه الفرصة لتعرب مجددا لرئيس اللجنة عن أسمى آيات "
    "تقديرها",
    "zh": "俄罗斯联邦常驻联合国代表团谨借此机会向委员会主席重申最崇高的敬意。",
}
NUMBER_AND_PLACE = {
    "en": (f"Note No. {NUMBER}", "New York, 20 November 2026"),
    "fr": (f"Note n° {NUMBER}", "New York, le 20 novembre 2026"),
    "es": (f"Nota núm. {NUMBER}", "Nueva York, 20 de noviembre de 2026"),
    "ru": (f"Нота № {NUMBER}", "Нью-Йорк, 20 ноября 2026 года"),
    "ar": (NUMBER, "نيويورك"),  # the Arabic line's order of a Latin number and a date is the bidi layout's
    "zh": (f"照会编号：{NUMBER}", "2026年11月20日于纽约"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_covering_note_is_a_note_verbale_in_the_un_wording_of_each_language(russia, tmp_path, lang):
    with Workspace.open(russia, source="cli") as ws:
        doc = builders.build_report(ws, lang, today=TODAY, submitting=submissions.Submitting(TODAY, NUMBER))
        path = export_document(ws, "report", "pdf", lang, tmp_path / f"report-{lang}.pdf", today=TODAY).path
    # The document as described (the same text goes to the PDF and the workbook) ...
    note = [_words(block.text) for block in doc.parts[0].blocks]
    assert note[0] == _words(NUMBER_AND_PLACE[lang][0]) or lang == "ar", "the note's number comes first"
    assert NUMBER in note[0]
    assert note[1].startswith(OPENING[lang]) and note[-2].startswith(CLOSING[lang]), note
    assert NUMBER_AND_PLACE[lang][1] in note[-1]
    # ... and as a reader's viewer extracts it from the PDF (the draft shows no number: none is planned)
    text = _flat(pdftotext(path, 1, 2, raw=lang == "ar"))
    if lang == "ar":  # the words in their order; numbers and Latin runs sit where the bidi rules draw them
        letters = lambda s: re.sub(r"[^\u0621-\u064a]", "", s)  # noqa: E731
        assert letters(OPENING[lang]) in letters(text) and letters(CLOSING[lang]) in letters(text)
        assert "S/AC.44/2026/OC.12" in text and "1540" in text
    else:
        assert _flat(OPENING[lang]) in text and _flat(CLOSING[lang]) in text
    assert _flat(NUMBER_AND_PLACE[lang][1]) in text


# -- nothing of this file's record states goes out ---------------------------------------------------------------
STATUS_IN_THIS_FILE = {  # the heading of the old line, "Status in this file: Matched, in delivery"
    "en": "Status in this file",
    "fr": "Statut dans le présent fichier",
    "es": "Estado en este archivo",
    "ru": "Статус в данном файле",
    "ar": "الحالة في هذا الملف",
    "zh": "本文件中的状态",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_record_state_of_this_file_in_the_report_or_the_request(training, tmp_path, lang):
    t = Text(lang)
    words = {t.label("request_status", s) for s in ("matched", "circulated", "offer_received", "acknowledged")}
    words.add(STATUS_IN_THIS_FILE[lang])
    with Workspace.open(training, source="cli") as ws:
        request = ws.db.execute("SELECT min(id) FROM assistance_request WHERE status = 'matched'").fetchone()[0]
        texts = [
            pdftotext(
                export_document(ws, kind, "pdf", lang, tmp_path / f"{kind}.pdf", request_id=request).path, raw=True
            )
            for kind in ("report", "assistance")
        ]
    for text in texts:
        flat = _flat(text)
        assert [w for w in words if _flat(w) in flat] == []
    # the report's list of requests says what was asked and by which note instead
    assert "NV/MP-EX/1540/2025/083" in "".join(texts[0].split())  # a narrow column may wrap it at a slash


# -- the weapon column ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_weapon_column_is_headed_with_what_it_holds_not_value(training, lang):
    t = Text(lang)
    with Workspace.open(training, source="cli") as ws:
        report = builders.build_report(ws, lang, today=TODAY)
        request_id = ws.db.execute("SELECT min(id) FROM assistance_request WHERE status = 'matched'").fetchone()[0]
        request = builders.build_assistance(ws, lang, request_id, today=TODAY)
    tables = [b for doc in (report, request) for part in doc.parts for b in part.blocks if hasattr(b, "columns")]
    titles = [[c.title for c in table.columns] for table in tables]
    assert not [row for row in titles if t("matrix.value") in row]
    weapon_tables = [row for row in titles if t("report.col.weapon") in row]
    assert len(weapon_tables) == 4, "parts II, III and IV of the report and the request's fields"
    part_ii = next(table for table in tables if t("report.col.weapon") in [c.title for c in table.columns])
    column = [c.title for c in part_ii.columns].index(t("report.col.weapon"))
    assert {row[column] for row in part_ii.rows} == {t(f"weapon.{w}") for w in ("NW", "CW", "BW")}


def test_the_request_lists_its_matrix_fields_by_row_and_column_with_their_weapons(training, tmp_path):
    with Workspace.open(training, source="cli") as ws:
        request = ws.db.execute("SELECT min(id) FROM assistance_request WHERE status = 'matched'").fetchone()[0]
        path = export_document(ws, "assistance", "pdf", "en", tmp_path / "request.pdf", request_id=request).path
    text = " ".join(pdftotext(path).split())
    assert "Type of weapon" in text and "Legal framework / enforcement" in text
    assert "D 4 Brokering controls Nuclear, Chemical, Biological National legal framework" in text
    assert "Value" not in text


# -- Part V: the action plan counted ----------------------------------------------------------------------------
PLAN_SENTENCE = {
    "en": "20 actions: 4 done, 6 in progress, 7 planned, 2 delayed, 1 cancelled.",
    "fr": "20 actions : 4 achevées, 6 en cours, 7 prévues, 2 retardées, 1 annulée.",
    "es": "20 medidas: 4 concluidas, 6 en curso, 7 previstas, 2 retrasadas, 1 cancelada.",
    "ru": "20 мер: 4 выполнены, 6 выполняются, 7 запланировано, 2 выполняются с задержкой, 1 отменена.",
    "ar": "20 إجراءً، منها 4 إجراءات منجزة، و6 إجراءات قيد التنفيذ، و7 إجراءات مقررة، وإجراءان متأخران، "
    "وإجراء واحد ملغى.",
    "zh": "20项行动：已完成4项，进行中6项，已计划7项，已延迟2项，已取消1项。",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_part_v_counts_every_action_cancelled_included_in_the_languages_grammar(training, tmp_path, lang):
    with Workspace.open(training, source="cli") as ws:
        statuses = dict(
            ws.db.execute(
                "SELECT a.status, count(*) FROM plan_action a JOIN action_plan p ON p.id = a.plan_id "
                "WHERE p.frozen_on IS NULL AND a.is_proposal = 0 GROUP BY a.status"
            ).fetchall()
        )
        doc = builders.build_report(ws, lang, today=TODAY)
        path = export_document(ws, "report", "pdf", lang, tmp_path / "report.pdf", today=TODAY).path
    assert statuses == {"done": 4, "in_progress": 6, "planned": 7, "delayed": 2, "cancelled": 1}
    paragraphs = [_words(b.text) for part in doc.parts for b in part.blocks if getattr(b, "number", None)]
    assert [p for p in paragraphs if PLAN_SENTENCE[lang] in p], "the plan's paragraph"
    if lang != "ar":  # (poppler extracts the digits of an Arabic line out of their logical order)
        assert _flat(PLAN_SENTENCE[lang]) in _flat(pdftotext(path))
    counted = re.split("[:：،]", PLAN_SENTENCE[lang], maxsplit=1)[1]
    numbers = [int(n) for n in re.findall(r"\d+", counted)] + (
        [2, 1] if lang == "ar" else []  # "إجراءان" (two) and "إجراء واحد" (one) are written in words
    )
    assert sum(numbers) == sum(statuses.values()) == 20


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        ("ru", {1: "1 меру", 2: "2 меры", 5: "5 мер", 11: "11 мер", 21: "21 меру", 22: "22 меры", 112: "112 мер"}),
        ("ar", {0: "0 إجراء", 1: "إجراءً واحدًا", 2: "إجراءين", 3: "3 إجراءات", 11: "11 إجراءً", 100: "100 إجراء"}),
        ("fr", {0: "0 action", 1: "1 action", 2: "2 actions"}),
        ("en", {0: "0 actions", 1: "1 action", 2: "2 actions"}),
        ("zh", {1: "1项行动", 20: "20项行动"}),
    ],
)
def test_a_count_takes_the_plural_form_its_number_needs(lang, forms):
    t = Text(lang)
    assert {n: t.count("report.count.actions#n", n) for n in forms} == forms


def test_plural_categories_follow_the_cldr_rules():
    assert [plural_category("ru", n) for n in (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111)] == [
        "one", "few", "few", "many", "many", "many", "many", "one", "few", "many", "many",
    ]  # fmt: skip
    assert [plural_category("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111)] == [
        "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many",
    ]  # fmt: skip
    assert plural_category("fr", 0) == "one" and plural_category("en", 0) == "other"


def test_every_count_has_the_forms_of_its_language():
    from app.exports.text import PLURAL_FORMS, catalogue

    for lang in LANGUAGES:
        counts = {k: v for k, v in catalogue(lang).items() if k.endswith("#n")}
        assert counts, lang
        for key, value in counts.items():
            assert len(value.split("|")) == len(PLURAL_FORMS[lang]), (lang, key)


def test_the_committee_note_answered_is_a_step_that_undo_takes_back(training):
    from app import undo

    with Workspace.open(training, source="cli") as ws:
        submissions.save_report_settings(
            ws, {"committee_note_reference": COMMITTEE_NOTE, "committee_note_date": "2026-03-05"}
        )
        assert submissions.report_settings(ws)["committee_note_reference"] == COMMITTEE_NOTE
        undo.undo(ws)
        settings = submissions.report_settings(ws)
        assert (settings["committee_note_reference"], settings["committee_note_date"]) == ("", None)
