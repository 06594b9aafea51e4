"""The bundled 1540 matrix template: same rows as the reference, complete labels, safe upgrades."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from app import LANGUAGES, audit, legal_instruments, matrix, matrix_template
from app.errors import NotFoundError
from app.matrix_template import TemplateError, bundled_template_paths, load_template, parse_template
from app.workspace import Workspace
from db import open_store

REFERENCE = Path(__file__).parent / "data" / "matrix-1540.md"  # the Committee matrix facts the template follows
EXPECTED_ROWS = {"A": 25, "B": 13, "C": 15, "D": 25}
# Documented wording differences: the template says "any of the above activities".
EXPANDED_ABOVE = {("B", 9), ("B", 10), ("B", 11)}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _reference_rows() -> dict[str, dict[int, str]]:
    """{section: {number: label}} from the markdown tables of sections A-D."""
    sections: dict[str, dict[int, str]] = {}
    current = None
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## Section ([A-D])\b", line)
        if heading:
            current = heading.group(1)
            sections[current] = {}
            continue
        if line.startswith("## "):
            current = None
            continue
        if current and line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells and cells[0].isdigit():
                sections[current][int(cells[0])] = cells[1]
    return sections


@pytest.fixture(scope="module")
def template():
    return load_template()


@pytest.fixture(scope="module")
def raw_template(template) -> dict:
    """The JSON data of the newest bundled template (the one a new database gets)."""
    for path in bundled_template_paths():
        data = json.loads(path.read_text(encoding="utf-8"))
        if str(data["version"]) == template.version:
            return data
    raise AssertionError("the newest template is not among the bundled files")


def test_reference_parses_to_the_expected_row_counts():
    rows = _reference_rows()
    assert {k: len(v) for k, v in rows.items()} == EXPECTED_ROWS
    for section, numbered in rows.items():
        assert sorted(numbered) == list(range(1, EXPECTED_ROWS[section] + 1)), section


def test_every_reference_row_is_in_the_template_with_the_same_label(template):
    reference = _reference_rows()
    by_section = {s.key: {r.number: r for r in s.rows} for s in template.sections}
    assert sorted(by_section) == ["A", "B", "C", "D"]
    mismatches = []
    for section, numbered in reference.items():
        assert sorted(by_section[section]) == sorted(numbered), f"section {section} row numbers differ"
        for number, ref_label in numbered.items():
            label = by_section[section][number].labels["en"]
            if _norm(label) == _norm(ref_label):
                continue
            if (section, number) in EXPANDED_ABOVE and _norm(label) == _norm(ref_label).replace(
                "the above", "the above activities"
            ):
                continue
            mismatches.append(f"{section}{number}: template {label!r} != reference {ref_label!r}")
    assert mismatches == []


def test_rows_are_in_reference_order(template):
    for section in template.sections:
        assert [r.number for r in section.rows] == list(range(1, len(section.rows) + 1))


def test_field_count_and_key_examples(template, workspace):
    assert len(template.fields) == 331
    keys = template.field_keys()
    assert len(set(keys)) == len(keys)
    for key in ("OP2.NW.acquire.legal", "OP2.BW.finance.enforcement", "OP1.npt", "OP3cd.CW.catch_all.legal"):
        assert key in keys
    # The database holds exactly the template's fields after the first start.
    stored = {r[0] for r in workspace.db.execute("SELECT key FROM matrix_field").fetchall()}
    assert stored == set(keys)
    assert matrix_template.current_version(workspace) == template.version


def test_sections_b_to_d_have_legal_and_enforcement_per_weapon(template):
    for section in template.sections[1:]:
        assert section.layout == "weapon_aspect"
        for row in section.rows:
            assert len(row.fields) in (2, 6), row.key
            weapons = {f.weapon for f in row.fields}
            for weapon in weapons:
                assert {f.aspect for f in row.fields if f.weapon == weapon} == {"legal", "enforcement"}
    section_a = template.sections[0]
    assert section_a.layout == "adherence"
    assert all(len(r.fields) == 1 and r.fields[0].aspect == "adherence" for r in section_a.rows)


def _all_label_objects(data: dict):
    yield "title", data["title"]
    yield "disclaimer", data["disclaimer"]
    for group in ("values", "weapons", "aspects"):
        for entry in data[group]:
            yield f"{group} {entry['code']!r}", entry["label"]
    for section in data["sections"]:
        yield f"section {section['key']}", section["label"]
        for row in section["rows"]:
            yield f"row {section['key']}{row['number']}", row["label"]


def test_every_label_has_english_and_french(raw_template):
    missing = [
        f"{where}: {lang}"
        for where, labels in _all_label_objects(raw_template)
        for lang in ("en", "fr")
        if not str(labels.get(lang, "")).strip()
    ]
    assert missing == []


def test_stored_labels_have_english_and_french(workspace):
    for table in ("matrix_section", "matrix_row"):
        blank = workspace.db.execute(
            f"SELECT count(*) FROM {table} WHERE trim(label_en) = '' OR trim(label_fr) = ''"
        ).fetchone()[0]
        assert blank == 0, table


def test_template_without_french_label_is_refused(raw_template):
    data = copy.deepcopy(raw_template)
    data["sections"][1]["rows"][0]["label"].pop("fr")
    with pytest.raises(TemplateError, match="fr label"):
        parse_template(data)


def test_template_with_duplicate_row_is_refused(raw_template):
    data = copy.deepcopy(raw_template)
    data["sections"][0]["rows"].append(copy.deepcopy(data["sections"][0]["rows"][0]))
    with pytest.raises(TemplateError, match="twice"):
        parse_template(data)


def _snapshot(db) -> dict:
    return {
        table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("matrix_template", "matrix_section", "matrix_row", "matrix_field", "matrix_answer")
    }


def test_loading_twice_is_a_no_op(workspace, db_path):
    matrix.set_answer(workspace, "OP1.npt", {"value": "X", "remarks": "ratified 1970"})
    before = _snapshot(workspace.db)
    audit_count = workspace.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert matrix_template.ensure_current(workspace) is None
    assert matrix_template.ensure_current(workspace, load_template()) is None
    workspace.close()
    with Workspace.open(db_path) as ws:
        assert _snapshot(ws.db) == before
        assert ws.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_count
        loads = ws.db.execute("SELECT count(*) FROM audit_log WHERE action = 'load'").fetchone()[0]
        assert loads == 1


# --- upgrade to a newer template -----------------------------------------------------------------

RENAMED_ROW = ("B", "acquire", "obtain")  # section, old slug, new slug
REMOVED_ROW = ("D", "catch_all")
REMOVED_ADHERENCE_ROW = ("A", "other_op6_op10")
RELABELLED_ROW = ("C", "regulatory_authority", "National regulatory authority (independent)")


def _newer_template(raw: dict, tmp_path: Path) -> Path:
    data = copy.deepcopy(raw)
    data["version"] = "2099.1"
    sections = {s["key"]: s for s in data["sections"]}
    renamed = {}
    section_key, old, new = RENAMED_ROW
    for row in sections[section_key]["rows"]:
        if row["slug"] == old:
            row["slug"] = new
    prefix = sections[section_key]["field_prefix"]
    for weapon in sections[section_key]["weapons"]:
        for aspect in sections[section_key]["aspects"]:
            renamed[f"{prefix}.{weapon}.{old}.{aspect}"] = f"{prefix}.{weapon}.{new}.{aspect}"
    data["renamed_fields"] = renamed
    for key, slug in (REMOVED_ROW, REMOVED_ADHERENCE_ROW):
        sections[key]["rows"] = [r for r in sections[key]["rows"] if r["slug"] != slug]
    key, slug, label = RELABELLED_ROW
    for row in sections[key]["rows"]:
        if row["slug"] == slug:
            row["label"]["en"] = label
    path = tmp_path / "un1540-matrix-2099.1.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_upgrade_carries_answers_over(workspace, raw_template, tmp_path):
    ws = workspace
    law = legal_instruments.create_legal_instrument(ws, {"title_original": "Loi n° 2013-15 sur les armes"}).value
    other_law = legal_instruments.create_legal_instrument(ws, {"title_original": "Customs Code"}).value
    # The field whose row is renamed.
    matrix.set_answer(ws, "OP2.NW.acquire.legal", {"value": "X", "remarks": "Art. 4 prohibits acquisition"})
    matrix.add_citation(ws, "OP2.NW.acquire.legal", law, "art. 4")
    matrix.add_citation(ws, "OP2.NW.acquire.legal", other_law, "art. 12")
    matrix.set_answer(ws, "OP2.CW.acquire.enforcement", {"value": "?", "source": "report p. 7"})
    # Fields whose rows are removed.
    matrix.set_answer(ws, "OP3cd.NW.catch_all.legal", {"value": "X", "remarks": "catch-all in art. 9"})
    matrix.add_citation(ws, "OP3cd.NW.catch_all.legal", other_law, "art. 9")
    matrix.set_answer(ws, "OP1.other_op6_op10", {"value": "NA"})
    # Fields that do not change.
    matrix.set_answer(ws, "OP1.npt", {"value": "X", "ratification_date": "1970-03-05"})
    matrix.set_answer(ws, "OP3ab.BW.biosafety_biosecurity.legal", {"value": "?", "remarks": "draft decree"})
    matrix.add_citation(ws, "OP3ab.BW.biosafety_biosecurity.legal", law, "art. 30")
    answers_before = ws.db.execute("SELECT count(*) FROM matrix_answer").fetchone()[0]

    newer = load_template(_newer_template(raw_template, tmp_path))
    assert matrix_template.ensure_current(ws, newer) == "upgraded"
    assert matrix_template.current_version(ws) == "2099.1"

    # Renamed: the answer and its citations follow under the new key.
    answer = matrix.get_answer(ws, "OP2.NW.obtain.legal")
    assert answer["value"] == "X"
    assert answer["remarks"] == "Art. 4 prohibits acquisition"
    assert [(c["legal_instrument_id"], c["article"]) for c in answer["citations"]] == [
        (law, "art. 4"),
        (other_law, "art. 12"),
    ]
    assert matrix.get_answer(ws, "OP2.CW.obtain.enforcement")["source"] == "report p. 7"
    assert ws.db.execute("SELECT row_key FROM matrix_field WHERE key = 'OP2.NW.obtain.legal'").fetchone()[0] == (
        "OP2.obtain"
    )
    old_keys = ws.db.execute("SELECT count(*) FROM matrix_field WHERE key LIKE 'OP2.%.acquire.%'").fetchone()[0]
    assert old_keys == 0
    assert ws.db.execute("SELECT count(*) FROM matrix_row WHERE key = 'OP2.acquire'").fetchone()[0] == 0

    # Removed: the answers are archived, with their citations, never lost.
    retired = {
        r[0]: (r[1], json.loads(r[2]))
        for r in ws.db.execute("SELECT field_key, template_version, answer FROM matrix_answer_retired")
    }
    assert set(retired) == {"OP3cd.NW.catch_all.legal", "OP1.other_op6_op10"}
    version, archived = retired["OP3cd.NW.catch_all.legal"]
    assert version == load_template().version
    assert archived["answer"]["value"] == "X"
    assert archived["answer"]["remarks"] == "catch-all in art. 9"
    assert archived["citations"] == [{"legal_instrument_id": other_law, "article": "art. 9"}]
    assert retired["OP1.other_op6_op10"][1]["answer"]["value"] == "NA"
    with pytest.raises(NotFoundError, match=r"^The matrix has no field 'OP3cd\.NW\.catch_all\.legal'\.$"):
        matrix.get_answer(ws, "OP3cd.NW.catch_all.legal")

    # The label changed; the structure has the new size.
    label = ws.db.execute("SELECT label_en FROM matrix_row WHERE key = 'OP3ab.regulatory_authority'").fetchone()[0]
    assert label == RELABELLED_ROW[2]
    assert ws.db.execute("SELECT count(*) FROM matrix_field").fetchone()[0] == 331 - 6 - 1
    assert ws.db.execute("SELECT count(*) FROM matrix_answer").fetchone()[0] == answers_before - 2

    # Untouched answers are intact.
    npt = matrix.get_answer(ws, "OP1.npt")
    assert (npt["value"], npt["ratification_date"]) == ("X", "1970-03-05")
    bio = matrix.get_answer(ws, "OP3ab.BW.biosafety_biosecurity.legal")
    assert (bio["value"], bio["remarks"]) == ("?", "draft decree")
    assert [c["article"] for c in bio["citations"]] == ["art. 30"]

    # The upgrade is in the audit log, with what it did.
    (entry,) = audit.history(ws.db, "matrix_template", "2099.1")
    assert entry["action"] == "upgrade"
    assert entry["changes"]["from"] == load_template().version
    assert entry["changes"]["to"] == "2099.1"
    assert entry["changes"]["renamed"] == 6
    assert entry["changes"]["retired"] == 7
    assert ws.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_upgrade_is_not_undone_by_reopening_with_the_older_bundled_template(workspace, db_path, raw_template, tmp_path):
    matrix.set_answer(workspace, "OP2.NW.acquire.legal", {"value": "X"})
    matrix_template.ensure_current(workspace, load_template(_newer_template(raw_template, tmp_path)))
    workspace.close()
    with Workspace.open(db_path) as ws:
        assert matrix_template.current_version(ws) == "2099.1"
        assert matrix.get_answer(ws, "OP2.NW.obtain.legal")["value"] == "X"


def test_a_rename_to_an_undefined_field_is_refused_as_a_template_error(raw_template, tmp_path):
    data = json.loads(_newer_template(raw_template, tmp_path).read_text(encoding="utf-8"))
    data["renamed_fields"]["OP2.NW.acquire.legal"] = "OP2.NW.nowhere.legal"
    with pytest.raises(matrix_template.TemplateError, match=r"OP2\.NW\.nowhere\.legal"):
        parse_template(data)


def test_failed_upgrade_changes_nothing(workspace, raw_template, tmp_path, monkeypatch):
    matrix.set_answer(workspace, "OP2.NW.acquire.legal", {"value": "X"})
    newer = load_template(_newer_template(raw_template, tmp_path))

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    # The upgrade has already rewritten labels and renamed fields when the disk fills up.
    monkeypatch.setattr(matrix_template, "_retire_fields", disk_full)
    before = _snapshot(workspace.db)
    with pytest.raises(OSError, match="No space left on device"):
        matrix_template.ensure_current(workspace, newer)
    assert not workspace.db.conn.in_transaction
    assert _snapshot(workspace.db) == before
    assert matrix_template.current_version(workspace) == load_template().version


# --- labels in the six UN languages (template 2024.2) ---------------------------------------------

SCRIPTS = {
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ar": re.compile(r"[\u0621-\u064a]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
}


def _bundled_path(version: str) -> Path:
    (path,) = [p for p in bundled_template_paths() if p.name == f"un1540-matrix-{version}.json"]
    return path


def _raw(version: str) -> dict:
    return json.loads(_bundled_path(version).read_text(encoding="utf-8"))


def test_newest_template_has_labels_in_all_six_languages(raw_template):
    assert matrix_template.version_tuple(raw_template["version"]) >= (2024, 2)
    problems = []
    for where, labels in _all_label_objects(raw_template):
        for lang in LANGUAGES:
            text = str(labels.get(lang, "")).strip()
            if not text:
                problems.append(f"{where}: {lang} missing")
            elif lang in SCRIPTS and not SCRIPTS[lang].search(text):
                problems.append(f"{where}: {lang} label {text!r} is not in the expected script")
    assert problems == []


def test_2024_2_only_adds_translations_to_2024_1():
    old, new = _raw("2024.1"), _raw("2024.2")
    assert new["version"] == "2024.2"
    assert new["based_on"].startswith(old["based_on"])
    assert new["renamed_fields"] == {}

    def en_fr_only(data: dict) -> dict:
        data = copy.deepcopy(data)
        for key in ("version", "based_on"):
            data.pop(key)
        for _, labels in _all_label_objects(data):
            for lang in list(labels):
                if lang not in ("en", "fr"):
                    del labels[lang]
        return data

    # Same keys in the same order, same slugs, numbers, flags and English / French labels.
    assert json.dumps(en_fr_only(new)) == json.dumps(en_fr_only(old))
    old_t, new_t = load_template(_bundled_path("2024.1")), load_template(_bundled_path("2024.2"))
    assert new_t.field_keys() == old_t.field_keys()
    assert [(r.key, r.number, r.confirmed) for r in new_t.rows] == [(r.key, r.number, r.confirmed) for r in old_t.rows]


def test_database_on_2024_1_is_upgraded_with_answers_and_chinese_labels(tmp_path):
    ws = Workspace(open_store(tmp_path / "old.sqlite3"))
    try:
        old = load_template(_bundled_path("2024.1"))
        assert matrix_template.ensure_current(ws, old) == "loaded"
        assert matrix_template.current_version(ws) == "2024.1"
        assert ws.db.execute("SELECT count(*) FROM matrix_row WHERE label_zh <> ''").fetchone()[0] == 0
        law = legal_instruments.create_legal_instrument(ws, {"title_original": "Loi n° 2013-15 sur les armes"}).value
        matrix.set_answer(ws, "OP1.npt", {"value": "X", "ratification_date": "1970-03-05"})
        matrix.set_answer(ws, "OP2.NW.acquire.legal", {"value": "?", "remarks": "art. 4 only covers acquisition"})
        matrix.add_citation(ws, "OP2.NW.acquire.legal", law, "art. 4")
        answers_before = ws.db.execute("SELECT * FROM matrix_answer ORDER BY 1").fetchall()

        newest = load_template()
        assert matrix_template.ensure_current(ws, newest) == "upgraded"
        assert matrix_template.current_version(ws) == newest.version

        assert ws.db.execute("SELECT * FROM matrix_answer ORDER BY 1").fetchall() == answers_before
        npt = matrix.get_answer(ws, "OP1.npt")
        assert (npt["value"], npt["ratification_date"]) == ("X", "1970-03-05")
        acquire = matrix.get_answer(ws, "OP2.NW.acquire.legal")
        assert (acquire["value"], acquire["remarks"]) == ("?", "art. 4 only covers acquisition")
        assert [(c["legal_instrument_id"], c["article"]) for c in acquire["citations"]] == [(law, "art. 4")]
        assert ws.db.execute("SELECT count(*) FROM matrix_answer_retired").fetchone()[0] == 0
        assert ws.db.execute("SELECT count(*) FROM matrix_field").fetchone()[0] == 331

        labels = dict(ws.db.execute("SELECT key, label_zh FROM matrix_row").fetchall())
        assert labels["OP1.npt"] == "《不扩散核武器条约》"
        assert all(SCRIPTS["zh"].search(text) for text in labels.values())
        for table in ("matrix_section", "matrix_row"):
            blank = ws.db.execute(
                f"SELECT count(*) FROM {table} WHERE " + " OR ".join(f"trim(label_{lang}) = ''" for lang in LANGUAGES)
            ).fetchone()[0]
            assert blank == 0, table
        en = ws.db.execute("SELECT label_en FROM matrix_row WHERE key = 'OP1.npt'").fetchone()[0]
        assert en == "Nuclear Non-Proliferation Treaty (NPT)"
        (entry,) = audit.history(ws.db, "matrix_template", newest.version)
        assert entry["changes"]["from"] == "2024.1"
        assert (entry["changes"]["renamed"], entry["changes"]["retired"]) == (0, 0)
    finally:
        ws.close()
