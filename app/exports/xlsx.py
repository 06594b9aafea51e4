"""A document as an Excel workbook (openpyxl): a sheet per part, frozen headers, filters, fitted widths.

Column A of every sheet is hidden and holds the stable key of each record row (matrix field,
action, request, law), so a workbook can be checked, and later read back, without relying on labels.
Text typed by users is written as text, never as a formula: a cell starting with "=", "+", "-", "@",
a tab or a line break is stored as a string with Excel's "quote prefix". A carriage return is written
as a line feed (XML readers turn it into one: the file would no longer match the data), and characters
a workbook cannot hold are replaced by U+FFFD rather than failing the export.
"""

from __future__ import annotations

import copy
import functools
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from app.exports import outgoing
from app.exports.document import Document, Heading, LabelValues, Paragraph, Table

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
KEY_COLUMN = 1
FIRST = 2  # first visible column
MAX_WIDTH = 70
MIN_WIDTH = 5
LINE_HEIGHT = 15
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
def _alignment(wrap: bool, horizontal: str | None) -> Alignment:
    return Alignment(wrap_text=wrap, vertical="top", horizontal=horizontal)


@functools.cache
def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour.lstrip("#"))


def cell_text(value: str | None) -> str:
    """What a cell holds for `value`: the text itself, line breaks as line feeds, minus characters Excel
    files cannot carry."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", (value or "").replace("\r\n", "\n").replace("\r", "\n"))


def _display_width(text: str) -> int:
    """Width of the longest line in Excel's character units (CJK and full-width count twice)."""
    best = 0
    for line in text.split("\n"):
        best = max(best, sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line))
    return best


@dataclass
class Written:
    """Where each record row went, for the check after writing."""

    rows: list[tuple[str, int, str, list[str]]] = field(default_factory=list)  # sheet, row, key, cells


class _Sheet:
    # `ws` is an openpyxl Worksheet; its stubs make parts a new sheet always has optional, hence Any
    def __init__(self, ws: Any, doc: Document) -> None:
        self.ws = ws
        self.row = 1
        self.widths: dict[int, int] = {}
        self.fixed: dict[int, int] = {}
        self.wrap_cells: list[Any] = []
        self.looks: dict[tuple[Any, ...], object] = {}  # the style ids of each look of cell (see put)
        self.has_filter = False
        self.max_col = FIRST + 1
        if doc.lang == "ar":
            ws.sheet_view.rightToLeft = True
        ws.column_dimensions["A"].hidden = True
        ws.page_setup.orientation = "landscape" if doc.landscape else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.oddFooter.center.text = "&P / &N"
        ws.oddHeader.center.text = doc.header[:200].replace("&", "&&")
        _print_marks(ws, doc)

    def put(
        self,
        row: int,
        col: int,
        value: str,
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
    ) -> Any:
        text = cell_text(value)
        cell = self.ws.cell(row=row, column=col)
        quote = text.startswith(FORMULA_STARTS)
        if text:
            cell.value = text
            cell.data_type = "s"
        # Every cell of one look shares its style: set once through openpyxl (which hashes each style object to
        # find it in the workbook), then copied as the workbook's style ids.
        look = (bold, size, italic, color, wrap, align, id(fill) if fill else None, border, quote)
        style = self.looks.get(look)
        if style is None:
            if quote:
                cell.quotePrefix = True  # typed text, never a formula (see the module's docstring)
            if bold or size or italic or color:
                cell.font = _font(bold, size, italic, color)
            cell.alignment = _alignment(wrap, align)
            if fill:
                cell.fill = fill
            if border:
                cell.border = _BORDER
            self.looks[look] = copy.copy(cell._style)
        else:
            cell._style = copy.copy(style)
        if measure and text:
            self.widths[col] = max(self.widths.get(col, 0), _display_width(text))
        if wrap and text:
            self.wrap_cells.append(cell)
        self.max_col = max(self.max_col, col)
        return cell

    def finish(self) -> None:
        for col in range(FIRST, self.max_col + 1):
            width = self.fixed.get(col) or min(MAX_WIDTH, max(MIN_WIDTH, self.widths.get(col, 8) + 2))
            self.ws.column_dimensions[get_column_letter(col)].width = width
        # Row heights: Excel does not grow rows for wrapped text written by a program.
        heights: dict[int, int] = {}
        for cell in self.wrap_cells:
            width = self.ws.column_dimensions[get_column_letter(cell.column)].width or 10
            lines = sum(
                max(1, math.ceil(_display_width(line) / max(width - 1, 1))) for line in str(cell.value).split("\n")
            )
            heights[cell.row] = max(heights.get(cell.row, 1), lines)
        for row, lines in heights.items():
            if lines > 1:
                self.ws.row_dimensions[row].height = min(409, lines * LINE_HEIGHT)


def _print_marks(ws: Any, doc: Document) -> None:
    """What every printed page of a sheet says besides its header: DRAFT (in the document's language) at the top
    while the document is one, and the footer of the document (the date it was prepared) at the bottom."""
    if doc.watermark:
        ws.oddHeader.right.text = "&B" + doc.watermark[:40].replace("&", "&&")
        ws.oddHeader.right.size = 12
    if doc.footer:
        ws.oddFooter.left.text = doc.footer[:200].replace("&", "&&")


def _sheet_name(wanted: str, taken: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub(" ", wanted).strip().strip("'")[:31] or "Sheet"
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(name.casefold())
    return name


def _table(sheet: _Sheet, table: Table, written: Written, freeze_here: bool) -> None:
    ws = sheet.ws
    ncols = len(table.columns)
    header_top = sheet.row
    if table.group_header:
        col = FIRST
        for title, span in table.group_header:
            sheet.put(sheet.row, col, title, bold=True, fill=_HEADER_FILL, border=True, align="center", measure=False)
            for extra in range(1, span):
                ws.cell(row=sheet.row, column=col + extra).border = _BORDER
                ws.cell(row=sheet.row, column=col + extra).fill = _HEADER_FILL
            if span > 1:
                ws.merge_cells(start_row=sheet.row, start_column=col, end_row=sheet.row, end_column=col + span - 1)
            col += span
        sheet.row += 1
    header_row = sheet.row
    sheet.put(header_row, KEY_COLUMN, "key", measure=False)
    for index, column in enumerate(table.columns):
        sheet.put(
            header_row,
            FIRST + index,
            column.title,
            bold=True,
            fill=_HEADER_FILL,
            border=True,
            align="center",
            measure=False,
        )
        sheet.widths[FIRST + index] = max(sheet.widths.get(FIRST + index, 0), min(_display_width(column.title), 14))
    sheet.row += 1
    first_data = sheet.row
    for r_index, cells in enumerate(table.rows):
        key = table.keys[r_index] if r_index < len(table.keys) else ""
        bold = r_index in table.emphasis
        if key:
            sheet.put(sheet.row, KEY_COLUMN, key, wrap=False, measure=False)
        for c_index, text in enumerate(cells):
            colour = table.fills.get((r_index, c_index))
            column = table.columns[c_index]
            align = {"center": "center", "end": "right"}.get(column.align)
            sheet.put(
                sheet.row,
                FIRST + c_index,
                text,
                bold=bold,
                border=True,
                wrap=column.wrap and not bold,
                fill=_fill(colour) if colour else (_GROUP_FILL if bold else None),
                align=align,
                measure=not bold,
            )
        if key:
            written.rows.append((ws.title, sheet.row, key, [cell_text(c) for c in cells]))
        sheet.row += 1
    last = sheet.row - 1
    if table.freeze and freeze_here and last >= first_data:
        frozen_cols = 2 if ncols > 4 else 0
        ws.freeze_panes = ws.cell(row=first_data, column=FIRST + frozen_cols)
        ws.auto_filter.ref = f"{get_column_letter(FIRST)}{header_row}:{get_column_letter(FIRST + ncols - 1)}{last}"
        ws.print_title_rows = f"{header_top}:{header_row}"
        sheet.has_filter = True
    sheet.row += 1


def write_xlsx(doc: Document, path: Path, progress: Callable[[int, int], None] | None = None) -> Written:
    """Write `doc` to `path`; return where its record rows went (for `verify`)."""
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
    taken: set[str] = set()
    total = len(doc.parts)
    for index, part in enumerate(doc.parts):
        wanted = part.sheet or part.title
        sheet = sheets.get(wanted)
        if sheet is None:
            sheet = _Sheet(wb.create_sheet(_sheet_name(wanted, taken)), doc)
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
                    sheet.put(sheet.row, FIRST, str(block.number), align="center")
                    target = FIRST + 1
                else:
                    target = FIRST
                cell = sheet.put(sheet.row, target, block.text, italic=block.style == "note", measure=False)
                sheet.fixed.setdefault(target, 0)
                sheet.wrap_cells.append(cell)
                sheet.row += 1
            elif isinstance(block, LabelValues):
                for p_index, (label, value) in enumerate(block.pairs):
                    key = block.keys[p_index] if p_index < len(block.keys) else ""
                    if key:
                        sheet.put(sheet.row, KEY_COLUMN, key, wrap=False, measure=False)
                        written.rows.append((sheet.ws.title, sheet.row, key, [cell_text(label), cell_text(value)]))
                    sheet.put(sheet.row, FIRST, label, bold=True, border=True)
                    sheet.put(sheet.row, FIRST + 1, value, border=True)
                    sheet.row += 1
                sheet.row += 1
            elif isinstance(block, Table):
                _table(sheet, block, written, freeze_here=not sheet.has_filter)
        if progress:
            progress(index + 1, total)
    for sheet in sheets.values():
        for col in list(sheet.fixed):
            sheet.fixed[col] = max(sheet.fixed[col], min(MAX_WIDTH, max(60, sheet.widths.get(col, 0) + 2)))
        sheet.finish()
    wb.save(path)
    return written
