"""State names as the United Nations writes them: 193 Member States in six languages, and the forms
a French, Spanish or English sentence needs; exported documents use them; old profiles keep their State."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import LANGUAGES, agencies, state_profile
from app.exports.service import export_document
from app.interchange import agency_workbook
from app.states import (
    TRAINING_STATE_CODE,
    member_state_codes,
    member_states,
    state_forms,
    state_in_text,
    state_name,
    state_of,
)
from app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]

# Letters each script allows (spaces, hyphens, parentheses, apostrophes and dashes aside)
SCRIPT = {
    "ar": lambda ch: "\u0600" <= ch <= "\u06ff",
    "zh": lambda ch: "\u4e00" <= ch <= "\u9fff",
    "ru": lambda ch: "\u0400" <= ch <= "\u04ff",
    "en": lambda ch: ch.isascii() or unicodedata.name(ch).startswith("LATIN"),
    "fr": lambda ch: ch.isascii() or unicodedata.name(ch).startswith("LATIN"),
    "es": lambda ch: ch.isascii() or unicodedata.name(ch).startswith("LATIN"),
}


def _letters(name: str) -> list[str]:
    return [ch for ch in name if ch.isalpha()]


def test_every_member_state_has_its_name_in_the_six_languages_in_the_language_s_script():
    codes = member_state_codes()
    assert len(codes) == len(set(codes)) == 193
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    for code in codes:
        for lang in LANGUAGES:
            name = state_name(code, lang)
            assert name.strip() == name and name, (code, lang)
            assert all(SCRIPT[lang](ch) for ch in _letters(name)), (code, lang, name)
            # no ISO inverted form ("Russie, Fédération de", "Korea, Republic of"): no UN short name has a comma
            assert "," not in name and "،" not in name, (code, lang, name)
        # one name per State in each language: no two States share a name
    for lang in LANGUAGES:
        names = [state_name(code, lang) for code in codes]
        assert len(set(names)) == 193, lang


def test_un_russian_writes_e_not_yo_and_chinese_names_have_no_latin_letters():
    for code in member_state_codes():
        assert "ё" not in state_name(code, "ru").lower(), code
        assert not re.search(r"[A-Za-z]", state_name(code, "zh")), code


@pytest.mark.parametrize(
    "code, names",
    [
        (
            "RUS",
            {
                "en": "Russian Federation",
                "fr": "Fédération de Russie",
                "es": "Federación de Rusia",
                "ru": "Российская Федерация",
                "ar": "الاتحاد الروسي",
                "zh": "俄罗斯联邦",
            },
        ),
        (
            "TUR",
            {"en": "Türkiye", "fr": "Türkiye", "es": "Türkiye", "ru": "Турция", "ar": "تركيا", "zh": "土耳其"},
        ),
        (
            "USA",
            {
                "en": "United States of America",
                "fr": "États-Unis d'Amérique",
                "es": "Estados Unidos de América",
                "ru": "Соединенные Штаты Америки",
                "ar": "الولايات المتحدة الأمريكية",
                "zh": "美利坚合众国",
            },
        ),
        (
            "NLD",
            {
                "en": "Netherlands (Kingdom of the)",
                "fr": "Pays-Bas (Royaume des)",
                "es": "Países Bajos (Reino de los)",
                "ru": "Нидерланды (Королевство)",
                "zh": "荷兰王国",
            },
        ),
        ("KOR", {"en": "Republic of Korea", "fr": "République de Corée", "ru": "Республика Корея", "zh": "大韩民国"}),
        ("CIV", {"en": "Côte d'Ivoire", "fr": "Côte d'Ivoire", "es": "Côte d'Ivoire", "ru": "Кот-д'Ивуар"}),
        ("VNM", {"en": "Viet Nam", "ar": "فييت نام", "zh": "越南"}),
        ("SWZ", {"en": "Eswatini", "ar": "إسواتيني"}),
        ("CZE", {"en": "Czechia", "fr": "Tchéquie", "es": "Chequia", "ru": "Чехия"}),
        ("TTO", {"es": "Trinidad y Tabago"}),
    ],
)
def test_known_names_are_the_un_s(code, names):
    assert {lang: state_name(code, lang) for lang in names} == names


@pytest.mark.parametrize(
    "code, lang, in_text, of",
    [
        ("RUS", "fr", "la Fédération de Russie", "de la Fédération de Russie"),
        ("MEX", "fr", "le Mexique", "du Mexique"),
        ("DZA", "fr", "l’Algérie", "de l’Algérie"),
        ("USA", "fr", "les États-Unis d’Amérique", "des États-Unis d’Amérique"),
        ("NLD", "fr", "les Pays-Bas (Royaume des)", "des Pays-Bas (Royaume des)"),
        ("CUB", "fr", "Cuba", "de Cuba"),
        ("ISR", "fr", "Israël", "d’Israël"),
        ("HTI", "fr", "Haïti", "d’Haïti"),
        ("RUS", "es", "la Federación de Rusia", "de la Federación de Rusia"),
        ("PER", "es", "el Perú", "del Perú"),
        ("MEX", "es", "México", "de México"),
        ("USA", "es", "los Estados Unidos de América", "de los Estados Unidos de América"),
        ("SLV", "es", "El Salvador", "de El Salvador"),
        ("RUS", "en", "the Russian Federation", "of the Russian Federation"),
        ("KEN", "en", "Kenya", "of Kenya"),
        (TRAINING_STATE_CODE, "fr", "la République d’Examplia", "de la République d’Examplia"),
        # Russian: the genitive where English says "of"; indeclinable names stay as they are
        ("RUS", "ru", "Российская Федерация", "Российской Федерации"),
        ("USA", "ru", "Соединенные Штаты Америки", "Соединенных Штатов Америки"),
        ("NLD", "ru", "Нидерланды (Королевство)", "Нидерландов (Королевства)"),
        ("PNG", "ru", "Папуа — Новая Гвинея", "Папуа — Новой Гвинеи"),
        ("PER", "ru", "Перу", "Перу"),
        # sentences in Arabic and Chinese place the name themselves
        ("TUR", "ar", "تركيا", "تركيا"),
        ("USA", "zh", "美利坚合众国", "美利坚合众国"),
    ],
)
def test_running_text_forms(code, lang, in_text, of):
    assert (state_in_text(code, lang), state_of(code, lang)) == (in_text, of)
    forms = state_forms(code, lang)
    assert forms == {"state": state_name(code, lang), "state_in_text": in_text, "state_of": of} | {
        "state_mission": forms["state_mission"]
    }
    if lang != "ar":
        assert forms["state_mission"] == of


@pytest.mark.parametrize(
    ("code", "mission"),
    [("RUS", "للاتحاد الروسي"), ("FRA", "لفرنسا"), ("TUR", "لتركيا"), ("LBN", "للبنان"), ("BHS", "لجزر البهاما")],
)
def test_the_arabic_permanent_mission_joins_the_name_with_li(code, mission):
    """The Arabic Permanent Mission: the preposition li- attached to the name, the article's alif dropped."""
    assert state_forms(code, "ar")["state_mission"] == mission


def test_every_running_form_is_its_short_name_with_the_article_and_contraction_the_language_wants():
    def plain(text: str) -> str:
        return text.replace("’", "'")

    for code in member_state_codes():
        for lang, articles, contractions in (
            ("en", ("the ",), {"the ": "of the "}),
            ("fr", ("le ", "la ", "l’", "les "), {"le ": "du ", "la ": "de la ", "l’": "de l’", "les ": "des "}),
            (
                "es",
                ("el ", "la ", "los ", "las "),
                {"el ": "del ", "la ": "de la ", "los ": "de los ", "las ": "de las "},
            ),
        ):
            name, in_text, of = state_name(code, lang), state_in_text(code, lang), state_of(code, lang)
            article = next((a for a in articles if in_text.startswith(a)), "")
            assert plain(in_text[len(article) :]) == name, (code, lang, in_text)
            if article:
                assert of == contractions[article] + in_text[len(article) :], (code, lang, of)
            elif lang == "fr":
                elided = plain(name)[0] in "AEIOUÉÈÊÎÏÔÛH"
                assert of == (f"d’{in_text}" if elided else f"de {in_text}"), (code, of)
            else:
                assert of == f"{'of' if lang == 'en' else 'de'} {in_text}", (code, lang, of)


def test_the_data_file_documents_itself_and_holds_one_entry_per_member_state():
    data = json.loads((ROOT / "resources" / "un_member_states.json").read_text(encoding="utf-8"))
    assert "running text" in data["about"] and "UNTERM" in data["about"]
    assert [e["code"] for e in data["member_states"]] == member_state_codes()
    for entry in data["member_states"]:
        assert set(entry["names"]) == set(LANGUAGES), entry["code"]
        assert set(entry["in_text"]) == {"en", "fr", "es"} and set(entry["of"]) == {"en", "fr", "es", "ru"}
        genitive = entry["of"]["ru"]
        assert all(SCRIPT["ru"](ch) for ch in _letters(genitive)) and "ё" not in genitive.lower(), entry["code"]
        # the genitive declines the name's own words: as many words, the same brackets and dashes
        assert len(genitive.split()) == len(entry["names"]["ru"].split()), entry["code"]
        assert re.sub(r"\w", "", genitive) == re.sub(r"\w", "", entry["names"]["ru"]), entry["code"]


def test_pycountry_is_no_longer_needed():
    assert "pycountry" not in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    sources = [p for folder in ("app", "ui", "db") for p in (ROOT / folder).rglob("*.py")]
    assert sources and not [p for p in sources if "pycountry" in p.read_text(encoding="utf-8")]


def test_member_states_are_listed_in_the_order_of_their_names():
    names = [s.name for s in member_states("fr")]
    assert names.index("Afrique du Sud") < names.index("Albanie") < names.index("Égypte") < names.index("Érythrée")
    assert names.index("Fédération de Russie") < names.index("Fidji")
    by_key = [s.name for s in member_states("en", sort_key=lambda name: name[::-1])]
    assert by_key == sorted(by_key, key=lambda name: name[::-1])  # the GUI passes its collator's key


def _profile(ws: Workspace, code: str) -> None:
    state_profile.save_profile(ws, {"state_code": code, "focal_point_name": "Focal point"})


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(text.stdout.split())


def test_a_french_report_names_the_state_with_its_article_in_the_covering_note(db_path, tmp_path):
    with Workspace.open(db_path) as ws:
        _profile(ws, "RUS")
        pdf = export_document(ws, "report", "pdf", "fr", tmp_path / "rapport.pdf").path
    text = pdf_text(pdf)
    assert "La Mission permanente de la Fédération de Russie auprès de l’Organisation des Nations Unies" in text
    assert "le premier rapport national de la Fédération de Russie sur les mesures" in text
    assert "Russie, Fédération de" not in text


def test_a_spanish_report_workbook_names_the_state_with_its_article(db_path, tmp_path):
    with Workspace.open(db_path) as ws:
        _profile(ws, "PER")
        xlsx = export_document(ws, "report", "xlsx", "es", tmp_path / "informe.xlsx").path
    workbook = load_workbook(xlsx, read_only=True)
    cells = " ".join(
        str(v) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v
    )
    workbook.close()
    assert "La Misión Permanente del Perú ante las Naciones Unidas" in cells
    assert "el primer informe nacional del Perú sobre las medidas" in cells


def test_a_russian_covering_note_declines_the_state_s_name(db_path, tmp_path):
    with Workspace.open(db_path) as ws:
        _profile(ws, "USA")
        pdf = export_document(ws, "report", "pdf", "ru", tmp_path / "doklad.pdf").path
    text = pdf_text(pdf)
    assert "Постоянное представительство Соединенных Штатов Америки при Организации Объединенных Наций" in text
    assert "первый национальный доклад Соединенных Штатов Америки о мерах" in text
    assert "государства Соединенные Штаты" not in text


@pytest.mark.parametrize(
    "code, lang, sentence",
    [
        (
            "MEX",
            "fr",
            "Chaque ligne est un champ de la matrice du Comité 1540 pour le Mexique, avec sa réponse actuelle.",
        ),
        ("PER", "es", "Cada fila es un campo de la matriz del Comité 1540 para el Perú, con su respuesta actual."),
        ("RUS", "ar", "حقول مصفوفة لجنة القرار 1540 المتعلقة بالاتحاد الروسي،"),  # ب joined to the name, no ـ
    ],
)
def test_an_agency_workbook_names_the_state_as_a_sentence_does(db_path, tmp_path, code, lang, sentence):
    with Workspace.open(db_path) as ws:
        _profile(ws, code)
        agency_id = agencies.create_agency(ws, {"name": "Customs", "acronym": "CUS"}).value
        keys = agency_workbook.field_keys_for(ws, ["A"])
        path = agency_workbook.export_agency_workbook(
            ws, agency_id, keys, tmp_path / "agency.xlsx", lang=lang
        ).value.path
    workbook = load_workbook(path, read_only=True)
    instructions = " ".join(str(v) for row in workbook.worksheets[0].iter_rows(values_only=True) for v in row if v)
    workbook.close()
    assert sentence in instructions


def test_an_english_covering_note_writes_the_article_of_the_un_s_name(db_path, tmp_path):
    with Workspace.open(db_path) as ws:
        _profile(ws, "USA")
        pdf = export_document(ws, "report", "pdf", "en", tmp_path / "report.pdf").path
    assert "The Permanent Mission of the United States of America to the United Nations" in pdf_text(pdf)


def test_a_profile_saved_before_keeps_its_state(db_path, tmp_path):
    """The profile holds the State's code: a database written by an earlier version shows the UN's name."""
    with Workspace.open(db_path) as ws:
        _profile(ws, "NLD")
    conn = sqlite3.connect(db_path)
    with conn:  # as an earlier version, or a hand-edited file, might have left it
        conn.execute("UPDATE state_profile SET state_code = 'nld' WHERE id = 1")
    conn.close()
    with Workspace.open(db_path) as ws:
        code = state_profile.get_profile(ws)["state_code"]
        pdf = export_document(ws, "report", "pdf", "fr", tmp_path / "rapport.pdf").path
    assert [state_name(code, lang) for lang in ("ru", "zh", "en")] == [
        "Нидерланды (Королевство)",
        "荷兰王国",
        "Netherlands (Kingdom of the)",
    ]
    assert "La Mission permanente des Pays-Bas (Royaume des) auprès" in pdf_text(pdf)


def test_a_code_that_is_no_member_state_is_shown_as_it_is():
    assert state_name("ZZZ", "fr") == state_in_text("ZZZ", "fr") == state_of("ZZZ", "fr") == "ZZZ"
