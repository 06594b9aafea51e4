"""Finding fields in the matrix: text in any script, filters, and jumping to a result."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import matrix
from app.demo import demo_content
from app.matrix_search import MatrixQuery, fold, search
from ui.views.matrix import MatrixView


def _remark_with(script_range):
    low, high = script_range
    return next(a for a in demo_content()["answers"] if any(low <= ch <= high for ch in a["remarks"]))


def test_chinese_arabic_and_accent_free_text_are_found(demo_session):
    ws = demo_session.workspace
    chinese = _remark_with(("\u4e00", "\u9fff"))
    two_characters = next(
        chunk
        for chunk in (chinese["remarks"][i : i + 2] for i in range(len(chinese["remarks"])))
        if all("\u4e00" <= ch <= "\u9fff" for ch in chunk)
    )
    assert chinese["field"] in [r["key"] for r in search(ws, MatrixQuery(text=two_characters))]
    arabic = _remark_with(("\u0600", "\u06ff"))
    word = max(arabic["remarks"].split(), key=len)
    assert arabic["field"] in [r["key"] for r in search(ws, MatrixQuery(text=word))]
    assert fold("SÛRETÉ Nucléaire") == fold("surete nucleaire")
    accented = search(ws, MatrixQuery(text="sûreté"))
    assert accented and [r["key"] for r in search(ws, MatrixQuery(text="SURETE"))] == [r["key"] for r in accented]


def test_filters_match_what_the_matrix_holds(demo_session):
    ws = demo_session.workspace
    unsure = [a["field"] for a in demo_content()["answers"] if a["value"] == "?"]
    assert sorted(r["key"] for r in search(ws, MatrixQuery(values={"?"}))) == sorted(unsure)
    chemical_d = search(ws, MatrixQuery(section="D", weapon="CW", values={"X"}))
    assert chemical_d and all(r["key"].startswith("OP3cd.CW.") and r["value"] == "X" for r in chemical_d)
    answered = {a["field"] for a in demo_content()["answers"]}
    blank = next(r["key"] for r in search(ws, MatrixQuery(section="B")) if r["key"] not in answered)
    assert blank not in [r["key"] for r in search(ws, MatrixQuery(without_reference=True))]
    matrix.set_answer(ws, blank, {"value": "X"})
    assert blank in [r["key"] for r in search(ws, MatrixQuery(without_reference=True))]
    recent = search(ws, MatrixQuery(changed_since="2999-01-01"))
    assert recent == []


def test_search_from_the_view_and_jump_to_a_result(qtbot, demo_session):
    view = MatrixView(demo_session, "en")
    qtbot.addWidget(view)
    view.show()
    assert not view.results.isVisible()
    target = _remark_with(("\u0400", "\u04ff"))  # the Russian remark
    word = max(target["remarks"].split(), key=len).strip(".,;:")
    view.search_field.setText(word)
    qtbot.waitUntil(lambda: view.results.isVisible(), timeout=30_000)
    keys = [view.results_model.row_record(r)["key"] for r in range(view.results_model.rowCount())]
    assert target["field"] in keys
    assert view.results_label.text() == f"{len(keys)} field{'' if len(keys) == 1 else 's'} found"

    qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    assert view.detail.field_key == keys[0]
    assert view.model.section["key"] == matrix.field_description(demo_session.workspace, keys[0])["section"]

    view.search_field.clear()
    view.value_filter.setCurrentIndex(view.value_filter.findData("NA"))
    assert view.results_model.rowCount() == sum(a["value"] == "NA" for a in demo_content()["answers"])


def test_search_result_model_passes_qt_model_tester(qtmodeltester, demo_session):
    from ui.models.search_result_model import SearchResultModel

    model = SearchResultModel(demo_session, "en")
    model.run(MatrixQuery(text="export"))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_arabic_words_are_found_with_or_without_the_article_and_letter_variants(demo_session):
    ws = demo_session.workspace
    customs = "OP3cd.CW.border_controls.legal"  # "... المديرية العامة للجمارك ..."
    for query in ("الجمارك", "جمارك", "للجمارك", "المديرية العامة"):
        assert customs in [r["key"] for r in search(ws, MatrixQuery(text=query))], query
    assert fold("الأسلحة الكيميائيّة") == fold("الاسلحه الكيميائية")
