"""A document as an Excel workbook (openpyxl): a sheet per part, frozen headers, filters, fitted widths.

Column A of every sheet is hidden and holds the stable key of each record row (matrix field,
action, request, law), so a workbook can be checked, and later read back, without relying on labels.
Text typed by users is written as text, never as a formula: a cell starting with "=", "+", "-", "@",
a tab or a line break is stored as a string with Excel's "quote prefix". A carriage return is written
as a line feed (XML readers turn it into one: the file would no longer match the data), and characters
a workbook cannot hold are replaced by U+FFFD rather than failing the export.

A workbook is a working tool: dates are date cells and amounts numbers (`Table.values`, `Column.kind`),
a column holds one fact (`Column.excel` splits what PDF prints in one cell), the columns whose values come
from a fixed set offer that list (`Column.choices`, data validation). Every sheet prints on A4 landscape:
columns as wide as their content up to a cap, long text wrapped, fitted to the page width only when the
text stays at 8 pt or more (otherwise the sheet runs over pages, across then down, repeating its header
rows and identifying columns), header rows repeated, "Page n of N" in the document's language.
"""

from __future__ import annotations

import copy
import datetime
import functools
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.compat.strings import safe_string
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins

from app.exports import outgoing
from app.exports.document import Column, Document, Heading, LabelValues, Paragraph, Table
from app.exports.text import Text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
KEY_COLUMN = 1
FIRST = 2  # first visible column
MAX_WIDTH = 60  # a column wider than this wraps its text
MIN_WIDTH = 4
WRAP_FLOOR = 12  # a wrapping column is not made narrower than this (nor than its longest word, up to 24)
PROSE_WIDTH = 100  # the width a paragraph is given when no table of its sheet is wider
LINE_HEIGHT = 15
TEXT_WIDTH = 0.9  # a line of text is about this much narrower than as many digits (how many lines a cell wraps to)
BODY_PT = 11  # the size of the cells' text (Calibri, the workbook's default font)
MIN_PT = 8  # printed text is never smaller than this: no fit to the page width below 8/11
GOAL_SCALE = 0.9  # a sheet too wide for the page wraps its long columns until it prints at about this scale
NO_FIT_SCALE = 80  # a sheet that cannot fit at 8 pt prints at this scale (8.8 pt) over several pages
MARGIN = 0.4  # inches, left and right
PAGE_WIDTH_PT = 841.89  # A4 landscape
PRINTABLE_PT = PAGE_WIDTH_PT - 2 * MARGIN * 72
NUMBER_FORMATS = {"date": "yyyy-mm-dd", "number": "#,##0", "money": "#,##0.00", "percent": "0%"}
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
_GROUP_FILL = PatternFill("solid", fgColor="EDEDED")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


# One style object per look, shared by every cell that has it: building a Font or an Alignment per cell was
# most of the time of a large sheet (the action plan's timeline: a cell per action and quarter).
@functools.cache
def _font(bold: bool, size: float | None, italic: bool, color: str | None) -> Font:
    return Font(bold=bold, size=size, italic=italic, color=color)


@functools.cache
def _alignment(wrap: bool, horizontal: str | None, order: int = 0) -> Alignment:
    # readingOrder 2: right to left, so an Arabic cell keeps its punctuation and mixed Latin words in place;
    # 1: left to right, for a text in Latin letters only (a French law's title) in an Arabic workbook
    return Alignment(wrap_text=wrap, vertical="top", horizontal=horizontal, readingOrder=order)


_RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u04ff]")


def _reading_order(rtl: bool, text: str) -> int:
    """Right to left in an Arabic workbook, unless the text has no right-to-left letter and some Latin ones."""
    if not rtl:
        return 0
    return 1 if text and not _RTL_LETTER.search(text) and _LATIN_LETTER.search(text) else 2


@functools.cache
def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour.lstrip("#"))


def date_validation(t: Text) -> DataValidation:
    """A cell takes a date only (1900-2199), with the language's message when something else is typed."""
    return DataValidation(
        type="date",
        operator="between",
        formula1="DATE(1900,1,1)",
        formula2="DATE(2199,12,31)",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=t("agency.error.date_title")[:32],
        error=t("agency.error.date")[:255],
    )


def cell_text(value: str | None) -> str:
    """What a cell holds for `value`: the text itself, line breaks as line feeds, minus characters Excel
    files cannot carry."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", (value or "").replace("\r\n", "\n").replace("\r", "\n"))


def _typed(value: Any) -> bool:
    return isinstance(value, (datetime.date, int, float, Decimal)) and not isinstance(value, bool)


def read_back(value: Any) -> str:
    """The text of a cell holding `value` as a reader of the workbook sees it (`str` of what openpyxl reads):
    what the check after writing compares (service._verify_xlsx)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return str(value)
    if isinstance(value, datetime.date):
        return str(datetime.datetime.combine(value, datetime.time.min))
    if _typed(value):
        written = safe_string(value)
        return str(float(written)) if any(c in written for c in ".eE") else str(int(written))
    return cell_text(str(value))


def _display_width(text: str) -> int:
    """Width of the longest line in Excel's character units (CJK and full-width count twice)."""
    best = 0
    for line in text.split("\n"):
        best = max(best, sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line))
    return best


_WORD = re.compile(r"[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+|\S")


def _longest_word(text: str) -> int:
    """The widest piece a line may not be broken in: a word, or one Chinese character (CJK text breaks anywhere)."""
    return max((_display_width(w) for w in _WORD.findall(text)), default=0)


def _typed_width(value: Any, kind: str) -> int:
    if isinstance(value, datetime.date):
        return 10
    if kind == "percent":
        return 5
    return len(f"{value:,.2f}") if kind == "money" else len(f"{value:,}")


def column_points(width: float) -> float:
    """Printed width in points of a column `width` characters wide (Calibri 11: 7 pixels a character, 5 of padding)."""
    return (width * 7 + 5) * 0.75


def print_scale(widths: list[float]) -> float:
    """The scale at which columns of these widths fit the printable width of an A4 landscape page (at most 1)."""
    total = sum(column_points(w) for w in widths)
    return min(1.0, PRINTABLE_PT / total) if total else 1.0


@dataclass
class Written:
    """Where each record row went, for the check after writing."""

    rows: list[tuple[str, int, str, list[str]]] = field(default_factory=list)  # sheet, row, key, cells


class _Lists:
    """The values of lists too long for a validation's own formula (or holding a comma): a column each of a
    hidden sheet, which the validation refers to."""

    NAME = "Lists"

    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        self.sheet: Any = None
        self.columns: dict[tuple[str, ...], str] = {}

    def reference(self, choices: tuple[str, ...]) -> str:
        found = self.columns.get(choices)
        if found is None:
            if self.sheet is None:
                self.sheet = self.wb.create_sheet(self.NAME)
                self.sheet.sheet_state = "hidden"
            letter = get_column_letter(len(self.columns) + 1)
            for row, choice in enumerate(choices, 1):
                cell = self.sheet.cell(row=row, column=len(self.columns) + 1, value=cell_text(choice))
                cell.data_type = "s"
            found = f"'{self.NAME}'!${letter}$1:${letter}${len(choices)}"
            self.columns[choices] = found
        return found


class _Sheet:
    # `ws` is an openpyxl Worksheet; its stubs make parts a new sheet always has optional, hence Any
    def __init__(self, ws: Any, doc: Document, t: Text, lists: _Lists) -> None:
        self.ws = ws
        self.lists = lists
        self.row = 1
        self.rtl = t.rtl
        self.widths: dict[int, int] = {}  # the longest line of each column
        self.words: dict[int, int] = {}  # the longest word of each column (how narrow it may wrap)
        self.rigid: set[int] = set()  # columns that do not wrap (dates, numbers, codes)
        self.prose: list[tuple[int, int]] = []  # (row, column) of paragraphs and form values: spread over the table
        self.wrap_cells: list[Any] = []
        self.looks: dict[tuple[Any, ...], object] = {}  # the style ids of each look of cell (see put)
        self.has_filter = False
        self.frozen_table: int | None = None  # index in `tables` of the table whose header is frozen
        self.tables: list[tuple[int, int, int, int]] = []  # header top row, header row, last column, identity columns
        self.checks: dict[tuple[str, tuple[str, ...]], DataValidation] = {}
        self.t = t
        self.max_col = FIRST + 1
        if t.rtl:
            ws.sheet_view.rightToLeft = True
        ws.column_dimensions["A"].hidden = True
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_margins = PageMargins(left=MARGIN, right=MARGIN, top=0.7, bottom=0.7, header=0.3, footer=0.3)
        ws.print_options.horizontalCentered = False
        # "Page &P of &N": Excel's codes for the page and the number of pages, any other "&" doubled
        ws.oddFooter.center.text = t("page_x_of_y", page="\0P", pages="\0N").replace("&", "&&").replace("\0", "&")
        ws.oddHeader.center.text = doc.header[:200].replace("&", "&&")
        _print_marks(ws, doc)

    def put(
        self,
        row: int,
        col: int,
        value: Any,
        *,
        bold: bool = False,
        size: float | None = None,
        wrap: bool = True,
        fill: PatternFill | None = None,
        border: bool = False,
        align: str | None = None,
        measure: bool = True,
        italic: bool = False,
        color: str | None = None,
        kind: str = "text",
    ) -> Any:
        cell = self.ws.cell(row=row, column=col)
        typed = _typed(value)
        if typed:
            cell.value = value
            text = ""
            fmt = NUMBER_FORMATS.get(kind) or ("yyyy-mm-dd" if isinstance(value, datetime.date) else "General")
            wrap = False
        else:
            text = cell_text(value)
            fmt = "General"
            if text:
                cell.value = text
                cell.data_type = "s"
        quote = text.startswith(FORMULA_STARTS)
        order = _reading_order(self.rtl, text)
        if self.rtl and align == "right":
            align = "left"  # the end of a line, right to left
        elif order == 1 and align is None:
            align = "right"  # a Latin text starts where the Arabic ones of its column start
        # Every cell of one look shares its style: set once through openpyxl (which hashes each style object to
        # find it in the workbook), then copied as the workbook's style ids.
        look = (bold, size, italic, color, wrap, align, id(fill) if fill else None, border, quote, fmt, order)
        style = self.looks.get(look)
        if style is None:
            if quote:
                cell.quotePrefix = True  # typed text, never a formula (see the module's docstring)
            if bold or size or italic or color:
                cell.font = _font(bold, size, italic, color)
            cell.alignment = _alignment(wrap, align, order)
            if fill:
                cell.fill = fill
            if border:
                cell.border = _BORDER
            cell.number_format = fmt
            self.looks[look] = copy.copy(cell._style)
        else:
            cell._style = copy.copy(style)
        if measure and typed:
            self.widths[col] = max(self.widths.get(col, 0), _typed_width(value, kind))
            self.rigid.add(col)
        elif measure and text:
            self.widths[col] = max(self.widths.get(col, 0), _display_width(text))
            self.words[col] = max(self.words.get(col, 0), _longest_word(text))
            if not wrap:
                self.rigid.add(col)
        if wrap and text:
            self.wrap_cells.append(cell)
        self.max_col = max(self.max_col, col)
        return cell

    def check(self, column: Column, cells: list[str]) -> None:
        """Data validation on `cells` (a range): a list of `column.choices`, or a date for a date column."""
        if column.choices:
            choices = tuple(column.choices)
            spec = ",".join(choices)
            if len(spec) > 250 or any('"' in c or "," in c for c in choices):
                formula = self.lists.reference(choices)  # a list Excel cannot hold inline: on the hidden sheet
            else:
                formula = f'"{spec}"'
            validation = self.checks.get(("list", choices))
            if validation is None:
                validation = DataValidation(
                    type="list",
                    formula1=formula,
                    allow_blank=True,
                    showErrorMessage=True,
                    errorTitle=self.t("agency.error.value_title")[:32],
                    error=self.t("xlsx.choose_from_list")[:255],
                )
                self.checks[("list", choices)] = validation
                self.ws.add_data_validation(validation)
        elif column.kind == "date":
            validation = self.checks.get(("date", ()))
            if validation is None:
                validation = date_validation(self.t)
                self.checks[("date", ())] = validation
                self.ws.add_data_validation(validation)
        else:
            return
        for cell_range in cells:
            validation.add(cell_range)

    def _natural(self, col: int) -> float:
        return min(MAX_WIDTH, max(MIN_WIDTH, self.widths.get(col, 6) + 2))

    def _floor(self, col: int) -> float:
        natural = self._natural(col)
        if col in self.rigid:
            return natural
        return min(natural, max(WRAP_FLOOR, min(self.words.get(col, 0) + 2, 24)))

    def finish(self) -> None:
        ws = self.ws
        last = max([self.max_col] + [table_last for _, _, table_last, _ in self.tables])
        cols = list(range(FIRST, last + 1))
        prose_cols = {col for _, col in self.prose}
        widths = {col: self._natural(col) for col in cols}
        if not self.tables and prose_cols:  # text only: its paragraphs and values as wide as prose reads well
            widths[last] = max(widths[last], PROSE_WIDTH - sum(widths[c] for c in cols if c < last))
        scale = print_scale(list(widths.values()))
        if scale < GOAL_SCALE:  # too wide: wrap the wrapping columns, each in proportion, down to their floors
            goal = sum(widths.values()) * scale / GOAL_SCALE
            floors = {col: self._floor(col) for col in cols}
            low, high = 0.0, 1.0
            for _ in range(30):
                mid = (low + high) / 2
                if sum(max(floors[c], widths[c] * mid) for c in cols) > goal:
                    high = mid
                else:
                    low = mid
            widths = {c: max(floors[c], widths[c] * low) for c in cols}
            scale = print_scale(list(widths.values()))
        for col, width in widths.items():
            ws.column_dimensions[get_column_letter(col)].width = round(width, 1)
        fits = scale * BODY_PT >= MIN_PT
        identity = self.tables[0][3] if self.tables else 1
        if not fits:  # over several pages across: wrap less, as wide as those pages (each repeating the identity)
            page = PRINTABLE_PT * 100 / NO_FIT_SCALE * 0.95  # some room lost where a page ends between columns
            repeated = sum(column_points(widths[c]) for c in cols[:identity])
            total = sum(column_points(w) for w in widths.values())
            pages = max(1, math.ceil((total - repeated) / (page - repeated)))
            goal_pts = pages * (page - repeated) + repeated
            natural = {col: self._natural(col) for col in cols}
            low, high = 0.0, 1.0
            for _ in range(30):
                mid = (low + high) / 2
                if sum(column_points(max(widths[c], natural[c] * mid)) for c in cols) > goal_pts:
                    high = mid
                else:
                    low = mid
            widths = {c: max(widths[c], natural[c] * low) for c in cols}
            for col, width in widths.items():
                ws.column_dimensions[get_column_letter(col)].width = round(width, 1)
        ws.sheet_properties.pageSetUpPr.fitToPage = fits
        if fits:
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = 0
        else:  # runs over pages: across then down, each page repeating the columns that say which row it is
            ws.page_setup.scale = NO_FIT_SCALE
            ws.page_setup.pageOrder = "overThenDown"
            ws.print_title_cols = f"{get_column_letter(FIRST)}:{get_column_letter(FIRST + identity - 1)}"
        # The header rows repeat on every page when the sheet is its table (not a form or text ending with one), or
        # when a table holds the sheet's frozen header (the timeline under its legend): the header of that table.
        if self.frozen_table is not None:
            top, header, _, _ = self.tables[self.frozen_table]
            ws.print_title_rows = f"{top}:{header}"
        elif len(self.tables) == 1 and not any(row < self.tables[0][0] for row, _ in self.prose):
            top, header, _, _ = self.tables[0]
            ws.print_title_rows = f"{top}:{header}"
        # Paragraphs and form values spread over the columns of the sheet's table: merged, so they read as prose.
        for row, col in self.prose:
            if last > col:
                ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=last)
        # Row heights: Excel does not grow rows for wrapped text written by a program.
        spans = {(row, col): sum(widths[c] for c in range(col, last + 1)) for row, col in self.prose}
        heights: dict[int, int] = {}
        for cell in self.wrap_cells:
            width = spans.get((cell.row, cell.column)) or widths.get(cell.column) or 10
            lines = sum(
                max(1, math.ceil(_display_width(line) * TEXT_WIDTH / max(width - 1, 1)))
                for line in str(cell.value).split("\n")
            )
            heights[cell.row] = max(heights.get(cell.row, 1), lines)
        for row, lines in heights.items():
            if lines > 1:
                ws.row_dimensions[row].height = min(409, lines * LINE_HEIGHT)


def _print_marks(ws: Any, doc: Document) -> None:
    """What every printed page of a sheet says besides its header: DRAFT (in the document's language) at the top
    while the document is one, and the footer of the document (the date it was prepared) at the bottom."""
    if doc.watermark:
        ws.oddHeader.right.text = "&B" + doc.watermark[:40].replace("&", "&&")
        ws.oddHeader.right.size = 12
    if doc.footer:
        ws.oddFooter.left.text = doc.footer[:200].replace("&", "&&")


def _sheet_name(wanted: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (31 characters), cut between words if it must be cut, never numbered mid-word."""
    base = _SHEET_NAME_BAD.sub(" ", wanted).strip().strip("'")
    if len(base) > 31:
        cut = base[:31]
        base = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" -–,.:;(")
    base = base or "Sheet"
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(name.casefold())
    return name


def _excel_columns(table: Table) -> list[tuple[int, int, Column]]:
    """The workbook's columns of `table`: (column of the table, index in its `excel` split or -1, column)."""
    out: list[tuple[int, int, Column]] = []
    for index, column in enumerate(table.columns):
        if column.excel:
            out += [(index, sub_index, sub) for sub_index, sub in enumerate(column.excel)]
        else:
            out.append((index, -1, column))
    return out


def _cell_value(table: Table, row: int, cells: list[str], index: int, sub_index: int) -> Any:
    value = table.values.get((row, index))
    if sub_index < 0:
        return cells[index] if value is None else value
    if isinstance(value, tuple):
        return value[sub_index] if sub_index < len(value) else ""
    return cells[index] if sub_index == 0 else ""  # a row without the split (a group row): its text first


def _table(sheet: _Sheet, table: Table, written: Written, freeze_here: bool) -> None:
    ws = sheet.ws
    columns = _excel_columns(table)
    ncols = len(columns)
    header_top = sheet.row
    if table.group_header:
        col = FIRST
        start = 0
        for title, span in table.group_header:
            width = sum(1 for index, _, _ in columns if start <= index < start + span)
            start += span
            sheet.put(sheet.row, col, title, bold=True, fill=_HEADER_FILL, border=True, align="center", measure=False)
            for extra in range(1, width):
                ws.cell(row=sheet.row, column=col + extra).border = _BORDER
                ws.cell(row=sheet.row, column=col + extra).fill = _HEADER_FILL
            if width > 1:
                ws.merge_cells(start_row=sheet.row, start_column=col, end_row=sheet.row, end_column=col + width - 1)
            col += width
        sheet.row += 1
    header_row = sheet.row
    sheet.put(header_row, KEY_COLUMN, "key", measure=False)
    for offset, (_, _, column) in enumerate(columns):
        col = FIRST + offset
        sheet.put(
            header_row, col, column.title, bold=True, fill=_HEADER_FILL, border=True, align="center", measure=False
        )
        # a header wraps between its words: its longest word (up to 16) sets the least width
        sheet.widths[col] = max(sheet.widths.get(col, 0), min(_longest_word(column.title), 16))
    sheet.row += 1
    first_data = sheet.row
    data_rows: list[int] = []
    for r_index, cells in enumerate(table.rows):
        key = table.keys[r_index] if r_index < len(table.keys) else ""
        bold = r_index in table.emphasis
        if key:
            sheet.put(sheet.row, KEY_COLUMN, key, wrap=False, measure=False)
        if not bold:
            data_rows.append(sheet.row)
        written_cells = []
        for offset, (index, sub_index, column) in enumerate(columns):
            colour = table.fills.get((r_index, index))
            value = _cell_value(table, r_index, cells, index, sub_index)
            align = None if bold else {"center": "center", "end": "right"}.get(column.align)
            sheet.put(
                sheet.row,
                FIRST + offset,
                value,
                bold=bold,
                border=True,
                wrap=column.wrap and not bold,
                fill=_fill(colour) if colour else (_GROUP_FILL if bold else None),
                align=align,
                measure=not bold,
                kind=column.kind,
            )
            written_cells.append(read_back(value))
        if key:
            written.rows.append((ws.title, sheet.row, key, written_cells))
        if bold and ncols > 1 and not any(written_cells[1:]):  # a group's title over the whole table
            ws.merge_cells(start_row=sheet.row, start_column=FIRST, end_row=sheet.row, end_column=FIRST + ncols - 1)
        sheet.row += 1
    last = sheet.row - 1
    if data_rows:
        for offset, (_, _, column) in enumerate(columns):
            letter = get_column_letter(FIRST + offset)
            sheet.check(column, [f"{letter}{a}" if a == b else f"{letter}{a}:{letter}{b}" for a, b in _runs(data_rows)])
    if table.freeze and freeze_here and last >= first_data:
        frozen_cols = 2 if ncols > 4 else 0
        ws.freeze_panes = f"{get_column_letter(FIRST + frozen_cols)}{first_data}"
        ws.auto_filter.ref = f"{get_column_letter(FIRST)}{header_row}:{get_column_letter(FIRST + ncols - 1)}{last}"
        sheet.has_filter = True
        sheet.frozen_table = len(sheet.tables)
    identity = sum(1 for index, _, _ in columns if index < max(1, table.identity_columns))
    if identity == 1 and ncols > 2 and (sheet.widths.get(FIRST, 0) < 8):
        identity = 2  # a number alone does not say which row a page continues: its label too
    sheet.tables.append((header_top, header_row, FIRST + ncols - 1, identity))
    sheet.row += 1


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers as (first, last) runs: [3, 4, 5, 8] -> [(3, 5), (8, 8)]."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    return [(a, b) for a, b in runs]


def write_xlsx(doc: Document, path: Path, progress: Callable[[int, int], None] | None = None) -> Written:
    """Write `doc` to `path`; return where its record rows went (for `verify`)."""
    t = Text(doc.lang)
    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the new workbook's one (active) sheet
    # Who sends it and what it is (File › Properties), as in the PDF (app.exports.outgoing).
    wb.properties.title = doc.title[:250]
    wb.properties.creator = doc.author[:250]
    wb.properties.subject = outgoing.subject(doc)[:250]
    wb.properties.keywords = outgoing.keywords(doc)[:250]
    wb.properties.language = doc.lang
    title = outgoing.marked_title(doc)  # "DRAFT — …" on every sheet while the document is a draft
    written = Written()
    sheets: dict[str, _Sheet] = {}
    taken: set[str] = {_Lists.NAME.casefold()}
    lists = _Lists(wb)
    total = len(doc.parts)
    for index, part in enumerate(doc.parts):
        wanted = part.sheet or part.title
        sheet = sheets.get(wanted)
        if sheet is None:
            sheet = _Sheet(wb.create_sheet(_sheet_name(wanted, taken)), doc, t, lists)
            sheets[wanted] = sheet
            sheet.put(1, FIRST, title, bold=True, size=14, wrap=False, measure=False)
            if doc.subtitle:
                sheet.put(2, FIRST, doc.subtitle, italic=True, wrap=False, measure=False)
            sheet.row = 4
        sheet.put(sheet.row, FIRST, part.title, bold=True, size=12, wrap=False, measure=False)
        sheet.row += 2
        for block in part.blocks:
            if isinstance(block, Heading):
                sheet.put(
                    sheet.row,
                    FIRST,
                    block.text,
                    bold=True,
                    size=12 if block.level <= 2 else 11,
                    wrap=False,
                    measure=False,
                )
                sheet.row += 1
            elif isinstance(block, Paragraph):
                if block.number is not None:
                    sheet.put(sheet.row, FIRST, block.number, align="center")
                    target = FIRST + 1
                else:
                    target = FIRST
                sheet.put(sheet.row, target, block.text, italic=block.style == "note", measure=False)
                sheet.prose.append((sheet.row, target))
                sheet.row += 1
            elif isinstance(block, LabelValues):
                for p_index, (label, value) in enumerate(block.pairs):
                    key = block.keys[p_index] if p_index < len(block.keys) else ""
                    typed = block.values.get(p_index)
                    shown = value if typed is None else typed
                    if key:
                        sheet.put(sheet.row, KEY_COLUMN, key, wrap=False, measure=False)
                        written.rows.append((sheet.ws.title, sheet.row, key, [cell_text(label), read_back(shown)]))
                    sheet.put(sheet.row, FIRST, label, bold=True, border=True, measure=False)
                    # a label wraps beyond about 30 characters
                    sheet.widths[FIRST] = max(sheet.widths.get(FIRST, 0), min(_display_width(cell_text(label)), 30))
                    sheet.put(
                        sheet.row,
                        FIRST + 1,
                        shown,
                        border=True,
                        measure=typed is not None,
                        kind="date" if isinstance(typed, datetime.date) else "text",
                    )
                    if typed is None:
                        sheet.prose.append((sheet.row, FIRST + 1))
                    sheet.row += 1
                sheet.row += 1
            elif isinstance(block, Table):
                _table(sheet, block, written, freeze_here=not sheet.has_filter)
        if progress:
            progress(index + 1, total)
    for sheet in sheets.values():
        sheet.finish()
    if lists.sheet is not None:
        # last, after the document's sheets
        wb.move_sheet(lists.sheet, offset=len(wb.sheetnames) - 1 - wb.worksheets.index(lists.sheet))
    wb.save(path)
    return written
