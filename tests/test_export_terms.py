# ruff: noqa: RUF001 - the Russian words below are Cyrillic on purpose, not Latin look-alikes
"""The words of the documents a ministry sends to the Committee, as a UN reviser of each language reads them.

Each known defect is checked on a document a user would open (PDF read with pdftotext, workbooks with
openpyxl), and the catalogues and template labels as a whole are checked against the UN terminology: one
rendering per core term, the rejected ones nowhere.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from app import LANGUAGES, agencies, matrix, matrix_template
from app.exports.service import export_document
from app.exports.text import Text, catalogue
from app.interchange import agency_workbook as aw
from app.interchange import importing
from app.matrix_template import bundled_template_paths, load_template
from app.workspace import Workspace
from db import open_store
from tests.copies import backup_file
from tests.test_exports import pdftotext

TODAY = "2026-11-05"


@pytest.fixture(scope="module")
def training(tmp_path_factory, demo_db) -> Path:
    """The training State, with request 2 acknowledged by the Committee (a status the report does not print)."""
    path = backup_file(demo_db, tmp_path_factory.mktemp("terms") / "training.sqlite3")
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE assistance_request SET status = 'acknowledged' WHERE status = 'circulated'")
    conn.close()
    return path


def _export(training: Path, out: Path, kind: str, fmt: str, lang: str) -> Path:
    with Workspace.open(training, source="cli") as ws:
        request = ws.db.execute("SELECT min(id) FROM assistance_request WHERE status = 'matched'").fetchone()[0]
        return export_document(ws, kind, fmt, lang, out / f"{kind}-{lang}.{fmt}", request_id=request, today=TODAY).path


def _flat(text: str) -> str:
    """Text with its line breaks and spaces removed: Chinese lines wrap anywhere."""
    return re.sub(r"\s+", "", text)


def _cells(path: Path) -> list[str]:
    """Every visible cell's text of a workbook (the hidden key column A left out)."""
    wb = openpyxl.load_workbook(path)
    return [
        str(c.value)
        for sheet in wb.worksheets
        if sheet.sheet_state == "visible"
        for row in sheet.iter_rows(min_col=2)
        for c in row
        if c.value is not None
    ]


# -- the known defects, in the documents -------------------------------------------------------------------------
def test_the_chinese_covering_note_names_the_committee_as_the_un_does(training, tmp_path):
    text = _flat(pdftotext(_export(training, tmp_path, "report", "pdf", "zh"), 1, 3))
    assert "向安全理事会第1540(2004)号决议所设委员会主席致意" in text, text[:600]
    assert "关于第1540(2004)号决议的委员会" not in text


def test_the_arabic_matrix_sent_to_the_committee_is_that_of_the_resolution_1540_committee(training, tmp_path):
    pdf = " ".join(pdftotext(_export(training, tmp_path, "matrix", "pdf", "ar"), raw=True).split())
    # read from the right, the colon after 1540 is drawn at its left: pdftotext gives ":1540"
    assert re.search("مصفوفة لجنة القرار :?1540", pdf), pdf[:400]
    assert "لجنة 1540" not in pdf
    cells = _cells(_export(training, tmp_path, "matrix", "xlsx", "ar"))
    assert any(cell.startswith("مسودة — مصفوفة لجنة القرار 1540:") for cell in cells)  # the title, of a draft
    assert any(cell.startswith("مصفوفة لجنة القرار 1540 ") for cell in cells)  # the legend's template line
    assert not [cell for cell in cells if "لجنة 1540" in cell]


def test_chinese_and_arabic_lists_use_their_own_separator(training, tmp_path):
    """A list of weapons (the scope of an action) reads 核、化学、生物 in Chinese, نووي، كيميائي، بيولوجي in Arabic."""
    expected = {"zh": "核、化学、生物", "ar": "نووي، كيميائي، بيولوجي", "ru": "Ядерное, Химическое, Биологическое"}
    for lang, scope in expected.items():
        wb = openpyxl.load_workbook(_export(training, tmp_path, "nap", "xlsx", lang))
        rows = [row for sheet in wb.worksheets for row in sheet.iter_rows(values_only=True) if row[0] == "action:1"]
        (row,) = rows
        assert scope in row, (lang, row)
        if lang == "zh":  # the operative paragraphs and the supporting agencies too
            assert "第2段、第3(d)段" in row and "DGD、MAECI、DCE" in row, row
    request = _flat(pdftotext(_export(training, tmp_path, "assistance", "pdf", "zh")))
    assert "核、化学、生物" in request or "核、化学" in request, request[:800]
    assert "核,化学" not in request


def test_spanish_documents_say_coordinador_and_never_punto_focal_or_recibo_recibido(training, tmp_path):
    texts = [pdftotext(_export(training, tmp_path, kind, "pdf", "es")) for kind in ("report", "nap", "assistance")]
    texts += _cells(_export(training, tmp_path, "report", "xlsx", "es"))
    with Workspace.open(training, source="cli") as ws:
        agency_id = ws.db.execute("SELECT min(id) FROM agency").fetchone()[0]
        keys = aw.field_keys_for(ws, ["A"])
        sent = aw.export_agency_workbook(ws, agency_id, keys, tmp_path / "agencia.xlsx", lang="es", today=TODAY)
    texts += _cells(sent.value.path)
    everything = " ".join(" ".join(texts).split())
    assert "Coordinador nacional:" in everything  # the report's introduction names the focal point
    # The acknowledged request's status is this file's, not the Committee's: the report leaves it out; its label
    # (the handover pack shows it) keeps the UN wording.
    assert Text("es").label("request_status", "acknowledged") == "Con acuse de recibo"
    assert "coordinador nacional" in everything  # the agency workbook's instructions
    for wrong in ("punto focal", "recibo recibido", "Acuse de recibo recibido"):
        assert wrong.casefold() not in everything.casefold(), wrong


def test_the_russian_workbook_title_never_declines_the_agency_name(training, tmp_path):
    with Workspace.open(training, source="cli") as ws:
        agency_id, name = ws.db.execute("SELECT id, name FROM agency ORDER BY id").fetchone()
        keys = aw.field_keys_for(ws, ["A"])
        sent = aw.export_agency_workbook(ws, agency_id, keys, tmp_path / "ведомство.xlsx", lang="ru", today=TODAY)
    wb = openpyxl.load_workbook(sent.value.path)
    title = f"Матрица 1540 — ответы, запрошенные у ведомства: {name}"
    instructions = [str(c.value) for row in wb.worksheets[0].iter_rows() for c in row if c.value]
    assert title in instructions
    assert wb.properties.title == title
    answers = [str(c.value) for row in wb.worksheets[1].iter_rows(max_row=3) for c in row if c.value]
    assert title in answers
    assert not [text for text in instructions + answers if f"у {name}" in text]


def test_the_action_plan_names_matrix_fields_as_the_matrix_shows_them_not_by_internal_key(training, tmp_path):
    for lang, reference in (
        ("en", "D.4 (NW, CW, BW: legal framework)"),
        ("ru", "D.4 (ЯО, ХО, БО: нормативно-правовая база)"),
    ):
        cells = _cells(_export(training, tmp_path, "nap", "xlsx", lang))
        assert any(reference in cell for cell in cells), lang
        assert not [cell for cell in cells if re.search(r"\bOP(1|2|3ab|3cd)\.\w", cell)], lang
    text = " ".join(pdftotext(_export(training, tmp_path, "nap", "pdf", "en")).split())  # lines wrap in the cell
    assert "D.4 (NW, CW," in text and not re.search(r"\bOP3cd\.", text)


def test_the_request_form_sent_to_the_committee_carries_no_record_state(training, tmp_path):
    text = " ".join(pdftotext(_export(training, tmp_path, "assistance", "pdf", "en")).split())
    assert "Action of the national action plan" in text  # part 7 is there
    assert "Status in this file" not in text and "Matched, in delivery" not in text


# -- the catalogues and template labels as a whole -------------------------------------------------------------------
# The UN renderings (../shared/reference/un-terminology.md) a document must use, and the ones it must not.
CHOSEN = {
    "ar": [
        "لجنة القرار 1540",
        "لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004)",
        "مصفوفة",
        "خطة العمل الوطنية للتنفيذ",
        "جهة التنسيق الوطنية",
        "جهات الاتصال",
        "طلب مساعدة",
        "مذكرة شفوية",
        "الجهات من غير الدول",
        "وسائل الإيصال",
        "المواد ذات الصلة",
        "الاحتياز",
    ],
    "zh": [
        "安全理事会第1540(2004)号决议所设委员会",
        "1540委员会",
        "矩阵",
        "国家执行行动计划",
        "国家协调人",
        "联络点",
        "援助请求",
        "普通照会",
        "非国家行为者",
        "运载工具",
        "衡算",
    ],
    "ru": [
        "Комитета Совета Безопасности, учрежденного резолюцией 1540 (2004)",
        "Комитета 1540",
        "Матрица",
        "Национальный план действий по осуществлению",
        "Национальный координатор",
        "Контактные лица",
        "Просьба об оказании помощи",
        "вербальной нот",
        "негосударственных субъектов",
        "Средства доставки",
        "связанных с ними материалов",
    ],
    "es": [
        "Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)",
        "Comité 1540",
        "Matriz",
        "Plan de acción nacional de aplicación",
        "Coordinador nacional",
        "Punto de contacto",
        "Solicitud de asistencia",
        "nota verbal",
        "agentes no estatales",
        "Sistemas vectores",
        "materiales conexos",
        "armas de destrucción masiva",
    ],
    "fr": [
        "Comité du Conseil de sécurité créé par la résolution 1540 (2004)",
        "Comité 1540",
        "Matrice",
        "Plan d’action national de mise en œuvre",
        "Point de contact",
        "Demande d’assistance",
        "note verbale",
        "acteurs non étatiques",
        "Vecteurs",
        "éléments connexes",
    ],
}
REJECTED = {
    "ar": ["لجنة 1540", "نقطة اتصال", "نقطة الاتصال", "طلب للمساعدة", "الجهات غير الحكومية", "الاقتناء"],
    "zh": ["关于第1540(2004)号决议的委员会", "协调中心", "联系点", "援助申请", "非国家行动者", "投送工具"],
    "ru": ["координационный центр", "запрос о помощи", "просьбы о помощи", "связанных с ним материалов", "ё"],
    "es": [
        "punto focal",
        "puntos focales",
        "recibo recibido",
        "destrucción en masa",
        "actores no estatales",
        "solicitud de ayuda",
    ],
    "fr": ["Accusé de réception reçu", "matières connexes", "acteurs non-étatiques"],
}


def _template_labels(lang: str) -> list[str]:
    data = json.loads(max(bundled_template_paths(), key=lambda p: p.name).read_text(encoding="utf-8"))
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if lang in node and "en" in node:
                found.append(str(node[lang]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(data)
    return found


@pytest.mark.parametrize("lang", sorted(CHOSEN))
def test_one_un_rendering_per_core_term_across_the_catalogue_and_the_template(lang):
    own = json.loads((Path(__file__).resolve().parents[1] / "resources" / "export_text" / f"{lang}.json").read_text())
    texts = [v for k, v in own.items() if not k.startswith("_")] + _template_labels(lang)
    everything = "\n".join(texts).casefold()
    missing = [term for term in CHOSEN[lang] if term.casefold() not in everything]
    wrong = sorted({term for term in REJECTED[lang] for text in texts if term.casefold() in text.casefold()})
    assert (missing, wrong) == ([], [])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_its_list_separator(lang):
    separator = {"ar": "، ", "zh": "、"}.get(lang, ", ")
    assert catalogue(lang)["list_separator"] == separator
    assert Text(lang).join(["a", "b", "c"]) == separator.join("abc")


# -- a revised label never loses an answer or refuses a workbook sent before -------------------------------------
def _bundled(version: str) -> Path:
    (path,) = [p for p in bundled_template_paths() if p.name == f"un1540-matrix-{version}.json"]
    return path


def test_the_revised_labels_reach_a_database_on_2024_2_with_its_answers_and_awaited_workbook(tmp_path):
    ws = Workspace(open_store(tmp_path / "on-2024.2.sqlite3"))
    try:
        assert matrix_template.ensure_current(ws, load_template(_bundled("2024.2"))) == "loaded"
        matrix.set_answer(ws, "OP2.NW.acquire.legal", {"value": "?", "remarks": "art. 4 seulement"})
        agency_id = agencies.create_agency(ws, {"name": "Agence nationale de sûreté"}).value
        keys = aw.field_keys_for(ws, ["B"])
        sent = aw.export_agency_workbook(ws, agency_id, keys, tmp_path / "out.xlsx", lang="ar", today=TODAY).value
        answers_before = ws.db.execute("SELECT * FROM matrix_answer ORDER BY 1").fetchall()

        assert matrix_template.ensure_current(ws) == "upgraded"
        assert matrix_template.version_tuple(matrix_template.current_version(ws) or "") >= (2024, 3)
        assert ws.db.execute("SELECT * FROM matrix_answer ORDER BY 1").fetchall() == answers_before
        (label,) = ws.db.execute("SELECT label_ar FROM matrix_row WHERE key = 'OP2.acquire'").fetchone()
        assert label == "الاحتياز"

        # The agency answers in the workbook it received before the labels changed: it is read as it was sent.
        wb = openpyxl.load_workbook(sent.path)
        sheet = wb.worksheets[1]
        (r,) = [r for r in range(aw.FIRST_ROW, sheet.max_row + 1) if sheet.cell(r, 1).value == "OP2.NW.acquire.legal"]
        sheet.cell(r, aw.COLUMN_OF["value"]).value = "X"
        wb.save(tmp_path / "returned.xlsx")
        preview = importing.read_workbook(ws, tmp_path / "returned.xlsx")
        assert len(preview.changes) == 1
        importing.apply(ws, preview)
        assert matrix.get_answer(ws, "OP2.NW.acquire.legal")["value"] == "X"
    finally:
        ws.close()


def test_section_headings_and_timeline_quarters_are_written_in_the_language(training, tmp_path):
    matrix_zh = _flat(pdftotext(_export(training, tmp_path, "matrix", "pdf", "zh"), 1, 2))
    assert "A节：第1段" in matrix_zh and "A节." not in matrix_zh
    timeline = {lang: _cells(_export(training, tmp_path, "nap", "xlsx", lang)) for lang in ("ru", "zh", "en")}
    # the years above their quarters (a merged cell), the quarters in the language's short form
    assert {"1 кв.", "4 кв.", "2024"} <= set(timeline["ru"]) and "Q1" not in timeline["ru"]
    assert {"1季度", "4季度", "2024年"} <= set(timeline["zh"]) and "Q1" not in timeline["zh"]
    assert {"Q1", "Q4", "2024"} <= set(timeline["en"])
    request = _cells(_export(training, tmp_path, "assistance", "xlsx", "es"))
    # the fields' table shows the type of weapon and the column of the matrix, not a "value"
    assert "Tipo de arma" in request and "Marco jurídico / medidas de aplicación" in request and "Valor" not in request
