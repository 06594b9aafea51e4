"""The names of the domain's codes are given in one place, ui/labels.py, and read the same everywhere."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app import matrix
from app.matrix_search import MatrixQuery
from ui import labels
from ui.dialogs import forms
from ui.i18n import install_language
from ui.models.import_change_model import field_places
from ui.models.search_result_model import SearchResultModel

UI = Path(__file__).resolve().parents[2] / "ui"


def unmarked(text: str) -> str:
    """The text without the invisible direction marks a right-to-left interface puts around inserted parts."""
    return re.sub("[\u200e\u200f\u2066-\u2069]", "", text)


@pytest.fixture
def french(qapp):
    install_language(qapp, "fr")
    yield
    install_language(qapp, "en")


def test_the_labels_moved_to_one_place_keep_their_french(french):
    assert labels.value_meaning("NA") == "NA\u00a0: ne s’applique pas à l’État"
    assert (labels.aspect("legal"), labels.weapon_name("NW")) == ("cadre juridique", "Armes nucléaires (AN)")
    assert (labels.request_field("title"), labels.answer_attribute("remarks")) == (
        "Objet de la demande",
        "Observations",
    )
    assert (labels.workbook_status("pending"), labels.language("fr")) == ("Attendu", "Français")
    assert labels.weapon_abbreviation("CW", "fr") == "AC"


def test_the_search_results_and_the_import_preview_name_a_column_the_same_way(session):
    key = "OP2.NW.acquire.legal"
    model = SearchResultModel(session, "en")
    model.run(MatrixQuery(text="acquire"))
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Column")
    shown = {model.row_record(row)["key"]: model.index(row, column).data() for row in range(model.rowCount())}
    assert shown[key] == "legal framework"
    assert field_places(session.workspace, [key], "en")[key]["where"].endswith("· NW · legal framework")
    assert matrix.field_description(session.workspace, key, "en")["aspect"] == "legal"


def test_the_action_and_request_forms_name_the_scopes_the_same_way(session, qtbot):
    def scope_texts(fields):
        [scope] = [f for f in fields if f.name == "weapon_scope"]
        return [text for _code, text in scope.choices]

    action_scopes = scope_texts(forms.action_fields(session, "en"))
    assert action_scopes == scope_texts(forms.request_fields(session, "en"))
    assert action_scopes == ["Nuclear", "Chemical", "Biological", "Means of delivery", "Cross-cutting"]


def test_no_module_but_labels_keeps_a_table_of_translated_code_names():
    """A dict whose values are all marked for translation (QT_TRANSLATE_NOOP) is a table of labels: only
    ui/labels.py keeps such tables; column headers are lists."""
    found = []
    for path in UI.rglob("*.py"):
        if path.name == "labels.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Dict)
                and node.values
                and all(
                    isinstance(v, ast.Call) and getattr(v.func, "id", "") == "QT_TRANSLATE_NOOP" for v in node.values
                )
            ):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                found.append(f"{path.relative_to(UI)}: {keys[:3]}")
    assert found == ["models/import_change_model.py: ['check', 'where', 'item']"], "only the preview's column headers"


@pytest.mark.parametrize(
    ("lang", "listed", "paragraphs"),
    [
        ("en", "Customs, Health", ["OP 1", "OP 3 (a)"]),
        ("ar", "الجمارك، الصحة", ["الفقرة 1", "الفقرة 3 (أ)"]),
        ("zh", "海关、卫生", ["第1段", "第3(a)段"]),
        ("ru", "Таможня, Здравоохранение", ["п. 1", "п. 3 a)"]),
    ],
)
def test_lists_and_operative_paragraphs_are_written_the_way_the_language_writes_them(
    qapp, session, lang, listed, paragraphs
):
    install_language(qapp, lang)
    try:
        assert unmarked(labels.codes("customs,health", labels.agency_kind)) == listed
        assert [unmarked(labels.operative_paragraph(code)) for code in ("OP1", "OP3a")] == paragraphs
        field = next(f for f in forms.action_fields(session, lang) if f.name == "operative_paragraphs")
    finally:
        install_language(qapp, "en")
    shown = [unmarked(label) for _, label in field.choices]  # the action form's check boxes: OP1, OP2, OP3a, ...
    assert (shown[0], shown[2]) == tuple(paragraphs)
