"""Safe opening of workbooks from outside: every wrong, damaged or hostile file is refused with its code and a clear
message, before openpyxl parses it, without writing anything; real workbooks open with what callers need."""

from __future__ import annotations

import datetime
import random
import tracemalloc
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation

from app.errors import UserError
from app.interchange.safe_workbook import (
    Limits,
    WorkbookRefused,
    check_loaded_workbook,
    check_workbook_file,
    open_workbook,
)
from tests.hostile_files import EXPECTED, SHEET, build_corpus, sheet, with_parts

REFUSED = sorted(name for name, code in EXPECTED.items() if code)
# What each message must say besides the file's name: what it is, or what to do.
ADVICE = {
    "not_xlsx": ".xlsx",
    "legacy_xls": "save it as an Excel Workbook (.xlsx) without a password",
    "damaged": "new copy",
    "zip_bomb": "unsafe",
    "xml_entities": "unsafe",
    "too_many_parts": "parts",
    "sheet_too_large": "20 MB",
    "too_many_cells": "keep only the sheets and rows to import",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return build_corpus(tmp_path_factory.mktemp("hostile"))


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.mark.parametrize("name", REFUSED)
def test_every_hostile_file_is_refused_with_its_code_and_nothing_is_written(corpus, name):
    path = corpus[name]
    before = listing(path.parent)
    with pytest.raises(WorkbookRefused) as refused:
        open_workbook(path)
    assert refused.value.code == EXPECTED[name]
    assert isinstance(refused.value, UserError)
    message = str(refused.value)
    assert message.startswith(name) and "\n" not in message
    assert ADVICE[refused.value.code] in message
    assert listing(path.parent) == before


def test_the_corpus_names_what_a_file_is(corpus):
    def message(name):
        with pytest.raises(WorkbookRefused) as refused:
            check_workbook_file(corpus[name])
        return str(refused.value)

    assert "PDF" in message("report.pdf.xlsx")
    assert "Word document" in message("document.docx.xlsx")
    assert "zip archive" in message("plain.zip.xlsx")
    assert "empty" in message("empty.xlsx")


def test_an_unknown_template_opens_the_importer_refuses_it_later(corpus):
    assert EXPECTED["other_template.xlsx"] == ""
    workbook = open_workbook(corpus["other_template.xlsx"])
    assert workbook.sheetnames == ["Budget"]
    assert workbook["Budget"]["B3"].value == 2000


def test_the_checks_before_parsing_refuse_without_openpyxl(corpus, monkeypatch):
    def not_called(*args, **kwargs):
        raise AssertionError("openpyxl must not parse a refused file")

    monkeypatch.setattr(openpyxl, "load_workbook", not_called)
    for name in REFUSED:
        with pytest.raises(WorkbookRefused) as refused:
            open_workbook(corpus[name])
        assert refused.value.code == EXPECTED[name], name
    check_workbook_file(corpus["other_template.xlsx"])


@pytest.mark.parametrize("name", ["zip_bomb.xlsx", "lying_bomb.xlsx", "big_sheet.xlsx", "styles_flood.xlsx"])
def test_refusing_a_bomb_does_not_decompress_into_memory(corpus, name):
    tracemalloc.start()
    try:
        with pytest.raises(
            WorkbookRefused, match=r"(is too large to import|is damaged and cannot be read|was refused as unsafe)"
        ):
            check_workbook_file(corpus[name])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024, f"{peak / 1e6:.0f} MB"


def test_a_real_workbook_of_400_rows_opens_with_its_values(tmp_path):
    workbook = openpyxl.Workbook()
    sheet_ = workbook.active
    sheet_.title = "Replies"
    sheet_.append(["Agency", "Measure", "Answer", "Date", "Score"])
    for i in range(1, 401):
        sheet_.append(
            [
                f"Agency {i}",
                f"OP{i % 7}.measure — é ü 中文",
                "X" if i % 2 else "?",
                datetime.datetime(2025, 1, 1 + i % 28),
                i * 1.5,
            ]
        )
    workbook.save(tmp_path / "replies.xlsx")
    before = listing(tmp_path)
    opened = open_workbook(tmp_path / "replies.xlsx")
    rows = list(opened["Replies"].iter_rows(values_only=True))
    assert len(rows) == 401
    assert rows[400] == ("Agency 400", "OP1.measure — é ü 中文", "?", datetime.datetime(2025, 1, 9), 600.0)
    assert rows[1] == ("Agency 1", "OP1.measure — é ü 中文", "X", datetime.datetime(2025, 1, 2), 1.5)
    assert listing(tmp_path) == before


def test_what_callers_need_survives_sheet_state_validations_hidden_columns_comments(tmp_path):
    workbook = openpyxl.Workbook()
    sheet_ = workbook.active
    sheet_["A1"] = "value"
    sheet_["A1"].comment = Comment("checked", "agency")
    validation = DataValidation(type="list", formula1='"X,?,NA"')
    sheet_.add_data_validation(validation)
    validation.add("B2:B50")
    sheet_.column_dimensions["C"].hidden = True
    sheet_.merge_cells("D1:E2")
    meta = workbook.create_sheet("meta")
    meta.sheet_state = "hidden"
    meta["A1"] = "format"
    workbook.save(tmp_path / "sent.xlsx")
    opened = open_workbook(tmp_path / "sent.xlsx")
    assert opened["meta"].sheet_state == "hidden"
    assert [str(dv.sqref) for dv in opened.active.data_validations.dataValidation] == ["B2:B50"]
    assert opened.active.column_dimensions["C"].hidden
    assert opened.active["A1"].comment.text == "checked"


def test_a_workbook_named_otherwise_is_read_by_its_content(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "reply"
    workbook.save(tmp_path / "reply.XLSX.download")
    assert open_workbook(tmp_path / "reply.XLSX.download").active["A1"].value == "reply"


def test_a_missing_file_is_missing_and_a_folder_is_not_a_file(tmp_path):
    for path, code in ((tmp_path / "nowhere.xlsx", "missing"), (tmp_path, "not_a_file")):
        with pytest.raises(WorkbookRefused) as refused:
            open_workbook(path)
        assert refused.value.code == code and path.name in str(refused.value)


def test_the_limits_are_the_callers(corpus):
    with pytest.raises(WorkbookRefused) as refused:
        check_workbook_file(corpus["other_template.xlsx"], Limits(max_file_bytes=1000))
    assert refused.value.code == "too_large" and "MB" in str(refused.value)
    with pytest.raises(WorkbookRefused) as refused:
        check_workbook_file(corpus["other_template.xlsx"], Limits(max_parts=3))
    assert refused.value.code == "too_many_parts"
    with pytest.raises(WorkbookRefused) as refused:
        open_workbook(corpus["other_template.xlsx"], Limits(max_rows=3))
    assert refused.value.code == "too_many_cells"


def test_after_parsing_each_sheets_extent_is_checked():
    workbook = openpyxl.Workbook()
    workbook.active.cell(row=20_001, column=1, value="far")
    with pytest.raises(WorkbookRefused) as refused:
        check_loaded_workbook(workbook, "far.xlsx")
    assert refused.value.code == "too_many_cells" and "20,000 rows" in str(refused.value)
    wide = openpyxl.Workbook()
    wide.active.cell(row=1, column=301, value="wide")
    with pytest.raises(WorkbookRefused, match="300 columns"):
        check_loaded_workbook(wide, "wide.xlsx")


def test_openpyxl_errors_become_damaged(tmp_path):
    path = with_parts(tmp_path / "broken.xlsx", {SHEET: b"<worksheet><sheetData><row></sheetData>"})
    check_workbook_file(path)
    with pytest.raises(WorkbookRefused) as refused:
        open_workbook(path)
    assert refused.value.code == "damaged" and isinstance(refused.value.__cause__, Exception)


# -- the streaming scan: what a hostile file could do to hide from it -----------------------------------------
def refused_code(path: Path) -> str:
    with pytest.raises(WorkbookRefused) as refused:
        check_workbook_file(path)
    return refused.value.code


def test_a_doctype_across_two_chunks_is_found(tmp_path):
    declaration = sheet(b"").index(b"<worksheet ")
    padding = b"<!--" + b" " * (65532 - declaration - 7) + b"-->"
    part = sheet(b"").replace(b"<worksheet ", padding + b"<!DOCTYPE x [<!ENTITY e 'lol'>]><worksheet ", 1)
    assert part.index(b"<!DOCTYPE") < 65536 < part.index(b"<!DOCTYPE") + 9
    assert refused_code(with_parts(tmp_path / "split.xlsx", {SHEET: part})) == "xml_entities"
    binary = b"\x89PNG" + b"\x00" * (65536 - 7) + b"<!ENTITY"
    media = with_parts(tmp_path / "media.xlsx", {"xl/media/image1.png": binary})
    assert refused_code(media) == "xml_entities"


def test_entity_declarations_in_any_case_are_found(tmp_path):
    part = sheet(b"").replace(b"<worksheet ", b"<!doctype x [<!entity e 'lol'>]><worksheet ", 1)
    assert refused_code(with_parts(tmp_path / "lower.xlsx", {SHEET: part})) == "xml_entities"


def test_a_prefixed_cell_or_an_escaped_range_is_still_counted(tmp_path):
    prefixed = sheet(b'<x:row r="1"><x:c r="A1"/></x:row><\xc3\xa9:c r="XFD1"/>')
    assert refused_code(with_parts(tmp_path / "prefix.xlsx", {SHEET: prefixed})) == "too_many_cells"
    escaped = sheet(b'<row r="1"><c r="A1"/></row>').replace(
        b"</sheetData>", b'</sheetData><mergeCells><mergeCell ref="A1:&#88;FD&#x31;0"/></mergeCells>'
    )
    assert refused_code(with_parts(tmp_path / "escaped.xlsx", {SHEET: escaped})) == "too_many_cells"
    whole_column = sheet(b'<row r="1"><c r="A1"/></row>').replace(
        b"</sheetData>", b'</sheetData><hyperlinks><hyperlink ref="A:KN" location="A1"/></hyperlinks>'
    )
    assert refused_code(with_parts(tmp_path / "column.xlsx", {SHEET: whole_column})) == "too_many_cells"


def test_cells_without_a_reference_are_placed_as_openpyxl_places_them(tmp_path):
    wide = sheet(b'<row><c r="KM1"/><c/><c/></row>')
    assert refused_code(with_parts(tmp_path / "wide.xlsx", {SHEET: wide})) == "too_many_cells"
    fine = sheet(b'<row><c r="KM1"/><c/></row><row/>' * 3)
    check_workbook_file(with_parts(tmp_path / "fine.xlsx", {SHEET: fine}))


def test_a_very_long_tag_is_refused_rather_than_read_in_pieces(tmp_path):
    long_tag = sheet(b'<row r="1"><c r="A1"/></row>').replace(
        b"</sheetData>",
        b'</sheetData><mergeCells><mergeCell pad="' + b"x" * 200_000 + b'" ref="A1:XFD9"/></mergeCells>',
    )
    assert refused_code(with_parts(tmp_path / "long.xlsx", {SHEET: long_tag})) == "damaged"


def test_long_text_and_many_chunks_are_fine(tmp_path):
    rng = random.Random(7)
    text = " ".join(
        rng.choice(["customs", "licence", "border", "agency", "reply"]) + str(rng.random()) for _ in range(80_000)
    ).encode()
    assert len(text) > 1024 * 1024
    part = sheet(b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + text + b"</t></is></c></row>")
    workbook = open_workbook(with_parts(tmp_path / "long_text.xlsx", {SHEET: part}))
    assert len(workbook.active["A1"].value) == len(text)


def test_too_much_data_in_one_part_or_all_parts_together_is_a_bomb(tmp_path):
    blob = random.Random(3).randbytes(600_000)
    limits = Limits(max_part_bytes=1_000_000, max_total_bytes=2_000_000)
    parts = {f"xl/media/image{i}.png": b"\x89PNG" + blob for i in range(4)}
    with pytest.raises(WorkbookRefused, match=r"more than 1\.90735 MB") as refused:
        check_workbook_file(with_parts(tmp_path / "images.xlsx", parts), limits)
    assert refused.value.code == "zip_bomb"
    with pytest.raises(WorkbookRefused) as refused:
        check_workbook_file(with_parts(tmp_path / "image.xlsx", {"xl/media/image1.png": blob * 2}), limits)
    assert refused.value.code == "zip_bomb"
    with pytest.raises(WorkbookRefused) as refused:
        check_workbook_file(with_parts(tmp_path / "sheet.xlsx", {SHEET: sheet(blob.hex().encode())}), limits)
    assert refused.value.code == "sheet_too_large"
