"""The Excel exports as a working tool and as pages to print (issue 17), read back with openpyxl.

Dates are date cells a spreadsheet sorts and filters; budgets are numbers beside their currency; a column
holds one fact and offers the list of its values where the user may type one; every sheet prints on A4
landscape with its text at 8 pt or more, its header rows repeated and "Page n of N" in the document's
language; sheet names are whole labels of the language; Arabic sheets read right to left.
"""

from __future__ import annotations

import datetime
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from app.exports import service
from app.exports.service import export_document
from app.exports.text import catalogue
from app.exports.typed import amount
from app.workspace import Workspace
from tests.copies import backup_file

A4 = 9  # openpyxl's paperSize for A4
BODY_PT = 11  # the cells' text: Calibri 11, the workbook's default
PAGE_WIDTH = 841.89  # A4 landscape, in points


@pytest.fixture(scope="module")
def training(tmp_path_factory, demo_db) -> Path:
    return backup_file(demo_db, tmp_path_factory.mktemp("xlsx") / "training.sqlite3")


@pytest.fixture(scope="module")
def request_id(training) -> int:
    conn = sqlite3.connect(training)
    try:
        found: int = conn.execute("SELECT min(id) FROM assistance_request WHERE status = 'matched'").fetchone()[0]
        return found
    finally:
        conn.close()


@pytest.fixture(scope="module")
def books(training, request_id, tmp_path_factory) -> dict:
    """The four workbooks in English, Arabic and Chinese, exported (and checked) as a user does."""
    out = tmp_path_factory.mktemp("books")
    found = {}
    with Workspace.open(training, source="cli") as ws:
        for lang in ("en", "ar", "zh"):
            for kind in service.KINDS:
                path = export_document(ws, kind, "xlsx", lang, out / f"{kind}-{lang}.xlsx", request_id=request_id).path
                found[kind, lang] = load_workbook(path)
    return found


def _visible(wb) -> list:
    return [ws for ws in wb.worksheets if ws.sheet_state == "visible"]


def _header_row(ws) -> int:
    """The row of a record table's column titles: the one whose hidden column A says "key"."""
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "key")


def _column(ws, title: str, prefix: str) -> tuple[int, list]:
    """(column number, cells) of the column titled `title`, for the record rows whose key starts with `prefix`."""
    header = _header_row(ws)
    col = next(c for c in range(2, ws.max_column + 1) if ws.cell(header, c).value == title)
    rows = [r for r in range(header + 1, ws.max_row + 1) if str(ws.cell(r, 1).value or "").startswith(prefix)]
    return col, [ws.cell(r, col) for r in rows]


def _dates(cells: list) -> list:
    return [c for c in cells if c.value is not None]


def _assert_date_cells(cells: list, at_least: int) -> None:
    dated = _dates(cells)
    assert len(dated) >= at_least, [c.value for c in cells]
    for cell in dated:
        assert isinstance(cell.value, datetime.datetime), (cell.coordinate, cell.value)
        assert cell.is_date and cell.number_format == "yyyy-mm-dd", (cell.coordinate, cell.number_format)


def test_dates_are_date_cells_in_every_document(books, training):
    conn = sqlite3.connect(training)
    laws, sent = conn.execute(
        "SELECT (SELECT count(*) FROM legal_instrument WHERE date_adopted IS NOT NULL AND id IN "
        "(SELECT legal_instrument_id FROM matrix_citation)), "
        "(SELECT count(*) FROM assistance_request WHERE status NOT IN ('draft', 'ready') AND sent_on IS NOT NULL)"
    ).fetchone()
    conn.close()
    nap = books["nap", "en"]["Actions"]
    for title in ("Start", "Due"):
        _assert_date_cells(_column(nap, title, "action:")[1], 18)
    report = books["report", "en"]
    _assert_date_cells(_column(report["Annex – Legislation"], "Adopted", "law:")[1], laws)
    part5 = report["Part V – OP 6 to 10"]
    # two tables on the sheet: the actions (due dates) and the requests (dates sent)
    rows = {str(part5.cell(r, 1).value or "").split(":")[0]: r for r in range(1, part5.max_row + 1)}
    assert {"action", "request"} <= set(rows)
    sent_dates = [
        part5.cell(r, c)
        for r in range(1, part5.max_row + 1)
        if str(part5.cell(r, 1).value or "").startswith("request:")
        for c in range(2, part5.max_column + 1)
        if isinstance(part5.cell(r, c).value, datetime.datetime)
    ]
    _assert_date_cells(sent_dates, sent)
    for sheet, prefix in ((report["Part I – OP 1"], "field:"), (books["matrix", "en"]["A"], "field:")):
        for title in ("Signature date", "Ratification or accession date", "Entry into force date"):
            _assert_date_cells(_column(sheet, title, prefix)[1], 5)
    form = books["assistance", "en"]["Request"]
    (row,) = [r for r in range(1, form.max_row + 1) if form.cell(r, 2).value == "Date of the request"]
    _assert_date_cells([form.cell(row, 3)], 1)
    assert form.cell(row, 3).value == datetime.datetime(2025, 12, 1)


def test_budgets_are_numbers_beside_their_currency_and_each_fact_has_its_column(books, training):
    conn = sqlite3.connect(training)
    budgets = dict(conn.execute("SELECT id, budget FROM plan_action"))
    progress = dict(conn.execute("SELECT id, progress FROM plan_action"))
    conn.close()
    sheet = books["nap", "en"]["Actions"]
    budget_col, budget_cells = _column(sheet, "Budget", "action:")
    currency_col, currency_cells = _column(sheet, "Currency", "action:")
    assert currency_col == budget_col + 1, "the currency is next to the amount"
    keys = [int(sheet.cell(c.row, 1).value.split(":")[1]) for c in budget_cells]
    typed = 0
    for key, cell, currency in zip(keys, budget_cells, currency_cells, strict=True):
        if budgets[key]:
            assert isinstance(cell.value, (int, float)) and cell.data_type == "n", (key, cell.value)
            assert Decimal(str(cell.value)) == amount(budgets[key])[0] and currency.value == "EUR"
            assert "0" in cell.number_format
            typed += 1
        else:
            assert cell.value is None and currency.value is None
    assert typed >= 12
    assert sum(c.value for c in budget_cells if c.value) == sum(amount(b)[0] or 0 for b in budgets.values())
    assert sum(c.value for c in budget_cells if c.value) == 1_337_000, "the plan's budget adds up in the sheet"
    # the status alone in its column; the progress a percentage; overdue in a column of its own
    _, statuses = _column(sheet, "Status", "action:")
    assert {c.value for c in statuses} == {"Planned", "In progress", "Done", "Delayed", "Cancelled"}
    _, percents = _column(sheet, "Progress", "action:")
    assert [round(c.value * 100) for c in percents] == [progress[k] for k in keys]
    assert all(c.number_format == "0%" for c in percents)
    _, overdue = _column(sheet, "Overdue", "action:")
    assert {c.value for c in overdue} == {"Yes", None}
    _, numbers = _column(sheet, "No.", "action:")
    assert [c.value for c in numbers] == list(range(1, 21)), "the actions' numbers sort as numbers"


def _validation_lists(ws) -> dict[str, list[str]]:
    """Each cell range with a list to choose from, and the list."""
    found = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type != "list":
            continue
        formula = dv.formula1
        if formula.startswith('"'):
            values = formula.strip('"').split(",")
        else:  # 'Lists'!$A$1:$A$10 on the hidden sheet
            sheet_name, cells = formula.split("!")
            lists = ws.parent[sheet_name.strip("'")]
            values = [c.value for row in lists[cells.replace("$", "")] for c in row]
        for cell_range in str(dv.sqref).split():
            found[cell_range] = values
    return found


def _listed(ws, col: int, rows: list[int]) -> list[str] | None:
    """The list offered in column `col` for every one of `rows`, if one list covers them all."""
    letter = get_column_letter(col)
    for cell_range, values in _validation_lists(ws).items():
        first, _, last = cell_range.partition(":")
        last = last or first
        if first.rstrip("0123456789") != letter or last.rstrip("0123456789") != letter:
            continue
        lo, hi = int(first[len(letter) :]), int(last[len(letter) :])
        if all(lo <= r <= hi for r in rows):
            return values
    covered = [v for r in rows for v in [_one(ws, col, r)] if v is not None]
    return covered[0] if len(covered) == len(rows) and all(v == covered[0] for v in covered) else None


def _one(ws, col: int, row: int) -> list[str] | None:
    letter = get_column_letter(col)
    for cell_range, values in _validation_lists(ws).items():
        first, _, last = cell_range.partition(":")
        last = last or first
        if first.rstrip("0123456789") == letter and int(first[len(letter) :]) <= row <= int(last[len(letter) :]):
            return values
    return None


def test_status_and_value_columns_offer_their_list(books):
    nap = books["nap", "en"]["Actions"]
    col, cells = _column(nap, "Status", "action:")
    assert _listed(nap, col, [c.row for c in cells]) == ["Planned", "In progress", "Done", "Delayed", "Cancelled"]
    col, cells = _column(nap, "Assistance needed", "action:")
    assert _listed(nap, col, [c.row for c in cells]) == ["Yes", "No"]
    matrix_b = books["matrix", "en"]["B"]
    header = _header_row(matrix_b)
    rows = [r for r in range(header + 1, matrix_b.max_row + 1) if matrix_b.cell(r, 1).value]
    for col in range(4, 10):  # legal framework and enforcement of the three weapons
        assert _listed(matrix_b, col, rows) == ["X", "?", "NA"], col
    laws = books["report", "en"]["Annex – Legislation"]
    col, cells = _column(laws, "Status", "law:")
    assert _listed(laws, col, [c.row for c in cells]) == ["In force", "Amended", "Repealed", "Draft"]
    # the date columns take dates only
    col, cells = _column(nap, "Due", "action:")
    assert any(
        dv.type == "date" and f"{get_column_letter(col)}{cells[0].row}" in dv.sqref
        for dv in nap.data_validations.dataValidation
    )


def _print_scale(ws) -> float:
    """The scale at which the sheet's columns fit the printable width (Excel: a column of w characters is
    7w + 5 pixels of Calibri 11, 0.75 point each)."""
    total = sum(
        (ws.column_dimensions[get_column_letter(c)].width * 7 + 5) * 0.75
        for c in range(2, ws.max_column + 1)
        if not ws.column_dimensions[get_column_letter(c)].hidden
    )
    printable = PAGE_WIDTH - (ws.page_margins.left + ws.page_margins.right) * 72
    return min(1.0, printable / total)


PAGE_OF = {"en": "Page &P of &N", "ar": "الصفحة &P من &N", "zh": "第&P页，共&N页"}


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_every_sheet_prints_on_a4_landscape_readably_with_titles_and_page_numbers(books, lang):
    for kind in service.KINDS:
        for ws in _visible(books[kind, lang]):
            where = (kind, lang, ws.title)
            setup = ws.page_setup
            assert setup.orientation == "landscape" and int(setup.paperSize) == A4, where
            assert ws.oddFooter.center.text == PAGE_OF[lang], where
            assert ws.oddHeader.center.text, where
            if ws.sheet_properties.pageSetUpPr.fitToPage:
                assert setup.fitToWidth == 1 and setup.fitToHeight == 0, where
                assert _print_scale(ws) * BODY_PT >= 8, (where, _print_scale(ws))
            else:  # runs over pages: printed at a scale that keeps 8 pt, the identifying columns repeated
                assert (setup.scale or 100) * BODY_PT / 100 >= 8, where
                assert setup.pageOrder == "overThenDown" and ws.print_title_cols, where
            widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(2, ws.max_column + 1)]
            assert max(widths) <= 100, where
            if ws.freeze_panes:  # a sheet that is a table repeats its header rows on every page
                assert ws.print_title_rows, where
                first, last = (int(x.strip("$")) for x in ws.print_title_rows.split(":"))
                frozen_from = int("".join(ch for ch in ws.freeze_panes if ch.isdigit()))
                assert first <= last == frozen_from - 1, where  # the frozen table's header (under a legend too)


def test_the_report_and_plan_sheets_no_longer_print_at_3_pt(books):
    """Before: the report's and the plan's sheets were 256 to 504 characters wide, fitted to one page at 3.5 pt."""
    for kind, title in (("report", "Part I – OP 1"), ("report", "Introduction"), ("matrix", "B"), ("nap", "Timeline")):
        ws = books[kind, "en"][title]
        assert ws.sheet_properties.pageSetUpPr.fitToPage and _print_scale(ws) >= 0.85, (title, _print_scale(ws))
    actions = books["nap", "en"]["Actions"]  # 19 columns: over two or three pages across, at 80 %
    assert not actions.sheet_properties.pageSetUpPr.fitToPage and actions.page_setup.scale == 80
    assert actions.print_title_cols == "$B:$C"  # No. and Action on every page


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_sheet_names_are_whole_translated_labels(books, lang):
    labels = set(catalogue(lang).values())
    for kind in service.KINDS:
        names = [ws.title for ws in _visible(books[kind, lang])]
        for name in names:
            assert not name.endswith("…") and name != "Title" and len(name) <= 31, (kind, name)
            assert name in labels or name in "ABCD", (kind, lang, name)
    assert [ws.title for ws in _visible(books["report", lang])][2:] == [
        catalogue(lang)[k] for k in ("sheet.A", "sheet.B", "sheet.C", "sheet.D", "sheet.op6_10", "sheet.laws")
    ]
    assert _visible(books["assistance", lang])[0].title == catalogue(lang)["sheet.request"]


def test_arabic_sheets_read_right_to_left_in_every_cell(books):
    """Every Arabic sheet is right to left, and so is every cell, except a text in Latin letters only (a French
    law's title, an e-mail address), which keeps its own order so its final stop and brackets stay in place."""
    latin_only = re.compile(r"^[^\u0600-\u06ff]*[A-Za-z][^\u0600-\u06ff]*$", re.S)
    for kind in service.KINDS:
        for ws in _visible(books[kind, "ar"]):
            assert ws.sheet_view.rightToLeft, (kind, ws.title)
            cells = [c for row in ws.iter_rows(min_col=2) for c in row if c.value is not None]
            arabic = [c for c in cells if not latin_only.match(str(c.value)) or not isinstance(c.value, str)]
            assert arabic
            wrong = [c.coordinate for c in arabic if c.alignment.readingOrder != 2]
            assert not wrong, (kind, ws.title, wrong[:5])
            latin = [c for c in cells if c not in arabic]
            assert all(c.alignment.readingOrder == 1 for c in latin), (kind, ws.title)
    for kind in service.KINDS:
        english = [c for ws in _visible(books[kind, "en"]) for row in ws.iter_rows() for c in row if c.value]
        assert all(c.alignment.readingOrder != 2 for c in english), kind


def test_amounts_typed_as_text_are_read_as_numbers_and_currencies():
    assert amount("EUR 25,000") == (Decimal("25000"), "EUR")
    assert amount("25 000 €") == (Decimal("25000"), "EUR")
    assert amount("USD 1,250.50") == (Decimal("1250.50"), "USD")
    assert amount("1.234,5 CHF") == (Decimal("1234.5"), "CHF")
    assert amount("about EUR 5,000 from the partner") == (None, "")
    assert amount("") == (None, "")
