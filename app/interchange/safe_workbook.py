"""The only way the application opens a workbook that came from outside: wrong, damaged or hostile files are refused first.

`check_workbook_file` looks at the raw file without parsing it as a workbook: size, magic bytes, the zip directory,
then every part decompressed as a stream (never into memory) with running counts: decompressed bytes, DTD and entity
declarations, XML elements, rows and cells, and the cell ranges that openpyxl expands into one object per cell
(merged cells, hyperlinks and comments over a range). `open_workbook` then parses the same open file with openpyxl,
which reads XML through defusedxml, and checks every worksheet's extent. A workbook that holds formulas is parsed a
second time, read-only and without computed values, to know which cells hold a formula: `unreadable_formulas` names
those that carry no computed value (files written by a script), which the importer must not read as empty, or an error.
"""

from __future__ import annotations

import lzma
import os
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import openpyxl
from defusedxml import DefusedXmlException

from app.errors import UserError

_MB = 1024 * 1024
_CHUNK = 65536
# A tag that openpyxl expands or counts and that is longer than this is refused rather than read in pieces.
_MAX_TOKEN = 65536
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENTITY_MARKS = (b"<!doctype", b"<!entity")
_ENTITY_TAIL = max(len(mark) for mark in _ENTITY_MARKS) - 1
# Elements whose position or range openpyxl turns into cell objects; any namespace prefix (even non-ASCII) counts.
_TAG = re.compile(rb"<(?:[^\s<>/:!?=\"']+:)?(row|c|mergeCell|hyperlink|comment)(?=[\s/>])([^<>]*)(>?)")
# A cell format costs openpyxl about twice as much as any other element: it counts twice.
# A formula (<f>) in a worksheet: the workbook is then read a second time to know which cells hold one.
_FORMULA = re.compile(rb"<(?:[^\s<>/:!?=\"']+:)?f(?=[\s/>])")
# The attribute of a workbook opened by open_workbook that maps each sheet's title to its formula cells.
_FORMULAS = "_un1540_formulas"
_XF = re.compile(rb"<(?:[^\s<>/:!?=\"']+:)?xf(?=[\s/>])")
_ATTR_R = re.compile(rb"""(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ATTR_REF = re.compile(rb"""(?:^|\s)ref\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CELL = re.compile(rb"^\$?([A-Za-z]{1,3})\$?(\d+)$")
_RANGE = re.compile(rb"^\$?([A-Za-z]{1,3})?\$?(\d+)?(?:(:)\$?([A-Za-z]{1,3})?\$?(\d+)?)?$")
_CHAR_REF = re.compile(rb"&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED_REFS = {b"amp": b"&", b"lt": b"<", b"gt": b">", b"quot": b'"', b"apos": b"'"}
_READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
    ValueError,
    struct.error,
)


class WorkbookRefused(UserError):
    """The file cannot be read as a workbook; the message (one sentence, for a non-programmer) says why and what to do."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Limits:
    """What a workbook from outside may hold; far above the Committee's matrix (78 rows, 331 answers) or an agency reply."""

    max_file_bytes: int = 25 * 1024 * 1024
    max_parts: int = 2_000
    max_part_bytes: int = 20 * 1024 * 1024  # decompressed size of any one part (a sheet's XML)
    max_total_bytes: int = 80 * 1024 * 1024  # decompressed, all parts together
    max_ratio: int = 200  # decompressed / compressed, for parts over 1 MB
    max_rows: int = 20_000
    max_columns: int = 300
    # openpyxl (not read-only) builds objects for almost every XML element: 20,000 to 80,000 elements a second on a
    # slow machine (styles slowest). These two bound its parsing time; cells include those that a merged range,
    # a hyperlink or a comment over a range creates (openpyxl makes one object for each cell of the range).
    max_cells: int = 50_000
    max_elements: int = 100_000  # XML elements, all parts together (cells, strings, styles, rules)


def check_workbook_file(path: str | os.PathLike[str], limits: Limits = Limits()) -> None:
    """Raise WorkbookRefused unless `path` is a plausible, safe .xlsx file (does not parse it with openpyxl)."""
    path = Path(path)
    with _open(path) as fh:
        _check_stream(fh, path.name, limits)


def open_workbook(path: str | os.PathLike[str], limits: Limits = Limits()) -> openpyxl.Workbook:
    """check_workbook_file, then openpyxl.load_workbook(data_only=True, keep_links=False, keep_vba=False) on the same
    open file; any exception from openpyxl or the XML parser becomes WorkbookRefused("damaged"); then every worksheet's
    max_row/max_column is checked against the limits (WorkbookRefused "too_many_cells"). Cells hold the values Excel
    or LibreOffice computed for their formulas; `unreadable_formulas` names the formulas that have none."""
    path = Path(path)
    name = path.name
    with _open(path) as fh:
        has_formulas = _check_stream(fh, name, limits)
        fh.seek(0)
        try:
            # A file object, not the path: openpyxl would refuse a name not ending in .xlsx/.xlsm/.xltx/.xltm.
            workbook = openpyxl.load_workbook(fh, data_only=True, keep_links=False, keep_vba=False)
            formulas = _formula_cells(fh) if has_formulas else {}
        except Exception as exc:
            raise _refused("xml_entities" if _caused_by_defusedxml(exc) else "damaged", name) from exc
    check_loaded_workbook(workbook, name, limits)
    setattr(workbook, _FORMULAS, formulas)
    return workbook


def _formula_cells(fh: BinaryIO) -> dict[str, dict[tuple[int, int], str]]:
    """{sheet title: {(row, column): formula}} for every cell that holds a formula (openpyxl, read-only, the formulas
    themselves rather than their computed values). Only called after the checks, on the same file."""
    fh.seek(0)
    workbook = openpyxl.load_workbook(fh, read_only=True, data_only=False, keep_links=False, keep_vba=False)
    try:
        found: dict[str, dict[tuple[int, int], str]] = {}
        for sheet in workbook.worksheets:
            cells = found.setdefault(sheet.title, {})
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        formula = getattr(cell.value, "text", cell.value)  # array formulas are objects
                        # a formula cell has its coordinates (only an EmptyCell has none)
                        cells[(cell.row, cell.column)] = str(formula if formula is not None else "")  # type: ignore[index]
        return found
    finally:
        workbook.close()


def unreadable_formulas(
    workbook: openpyxl.Workbook, sheet_title: str, *, min_row: int = 1, max_column: int | None = None
) -> dict[tuple[int, int], tuple[str, str | None]]:
    """The cells of a sheet (from `min_row`, up to `max_column`) whose formula gives no value to read:
    {(row, column): (formula, None)} for a formula without a computed value, as a program writes them (openpyxl never
    computes one: the cell reads as empty and must not be taken for an empty answer), and (formula, "#REF!") for one
    whose computed value is an error. In row order; `workbook` comes from open_workbook."""
    if not hasattr(workbook, _FORMULAS):
        raise TypeError("unreadable_formulas needs a workbook opened with open_workbook")
    formulas = getattr(workbook, _FORMULAS).get(sheet_title, {})
    if not formulas:
        return {}
    sheet = workbook[sheet_title]
    out = {}
    for (row, column), formula in sorted(formulas.items()):
        if row < min_row or (max_column is not None and column > max_column):
            continue
        cell = sheet.cell(row=row, column=column)
        if cell.value is None or cell.data_type == "e":
            out[(row, column)] = (
                formula if formula.startswith("=") else "=" + formula,
                None if cell.value is None else str(cell.value),
            )
    return out


def check_loaded_workbook(workbook: openpyxl.Workbook, name: str, limits: Limits = Limits()) -> None:
    """Raise WorkbookRefused("too_many_cells") if a worksheet extends beyond max_rows or max_columns."""
    for sheet in workbook.worksheets:
        if sheet.max_row > limits.max_rows:
            raise _refused("too_many_cells", name, f"the sheet “{sheet.title}” has more than {limits.max_rows:,} rows")
        if sheet.max_column > limits.max_columns:
            raise _refused(
                "too_many_cells", name, f"the sheet “{sheet.title}” has more than {limits.max_columns:,} columns"
            )


def _caused_by_defusedxml(exc: BaseException | None) -> bool:
    """openpyxl wraps the parser's errors (ValueError "Unable to read workbook"); look along the chain."""
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, DefusedXmlException):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _refused(code: str, name: str, detail: str = "") -> WorkbookRefused:
    messages = {
        "missing": f"{name} cannot be found or opened; check that the file still exists and choose it again.",
        "not_a_file": f"{name} is not a file (a folder, a pipe or a device); choose the workbook file (.xlsx).",
        "damaged": f"{name} is damaged and cannot be read; ask the sender for a new copy, or open it in Excel and "
        "save it again as an Excel Workbook (.xlsx).",
        "zip_bomb": f"{name} was refused as unsafe: {detail or 'its content expands to far more data than a workbook holds'}"
        "; ask the sender for the workbook as saved by Excel.",
        "xml_entities": f"{name} was refused as unsafe: it contains XML declarations (DTD or entities) that no Excel "
        "workbook uses; ask the sender for the workbook as saved by Excel.",
        "too_many_parts": f"{name} was refused: it is made of more than {detail} internal parts, far more than a workbook "
        "has; ask the sender for the workbook as saved by Excel.",
        "sheet_too_large": f"{name} is too large to import: {detail}; keep only the sheets and rows to import, save it "
        "and try again.",
        "too_many_cells": f"{name} is too large to import: {detail}; keep only the sheets and rows to import, save it "
        "and try again.",
    }
    return WorkbookRefused(code, messages.get(code, f"{name} {detail}"))


def _open(path: Path) -> BinaryIO:
    try:
        if path.is_file():
            return open(path, "rb")
        if path.exists():
            raise _refused("not_a_file", path.name)
    except OSError:
        pass
    raise _refused("missing", path.name)


def _check_stream(fh: BinaryIO, name: str, limits: Limits) -> bool:
    """Raise WorkbookRefused unless the open file is a plausible, safe .xlsx; return whether a worksheet holds a formula."""
    size = os.fstat(fh.fileno()).st_size
    if size > limits.max_file_bytes:
        raise WorkbookRefused(
            "too_large",
            f"{name} is {size / _MB:.1f} MB, more than the {limits.max_file_bytes / _MB:g} MB "
            "a workbook to import may have; remove pictures or sheets that are not needed, "
            "save it and try again.",
        )
    fh.seek(0)
    magic = fh.read(8)
    if magic.startswith(_OLE2):
        raise WorkbookRefused(
            "legacy_xls",
            f"{name} is an Excel 97-2003 workbook (.xls) or a password-protected workbook; "
            "open it in Excel and save it as an Excel Workbook (.xlsx) without a password.",
        )
    if magic.startswith(b"%PDF"):
        raise WorkbookRefused(
            "not_xlsx", f"{name} is a PDF document, not an Excel workbook; ask for the Excel workbook (.xlsx) itself."
        )
    if not magic:
        raise WorkbookRefused("not_xlsx", f"{name} is empty; ask the sender for the Excel workbook (.xlsx) again.")
    if not magic.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise WorkbookRefused(
            "not_xlsx", f"{name} is not an Excel workbook; choose a file saved by Excel as an Excel Workbook (.xlsx)."
        )
    try:
        _check_directory_size(fh, name, limits)
        archive = zipfile.ZipFile(fh)
    except _READ_ERRORS as exc:
        raise _refused("damaged", name) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_parts:
            raise _refused("too_many_parts", name, f"{limits.max_parts:,}")
        names = {info.filename for info in infos}
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            _refuse_other_zip(name, names)
        for info in infos:
            if info.file_size > _MB and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise _refused(
                    "zip_bomb",
                    name,
                    f"a part expands {info.file_size // max(info.compress_size, 1):,} times when unpacked",
                )
        scan = _Scan(name, limits)
        try:
            for info in infos:
                scan.part(archive, info)
        except _READ_ERRORS as exc:
            raise _refused("damaged", name) from exc
    return scan.formulas


def _check_directory_size(fh: BinaryIO, name: str, limits: Limits) -> None:
    """Refuse a zip directory with too many entries before zipfile builds one object per entry (seconds for 500,000)."""
    read_end = getattr(zipfile, "_EndRecData", None)  # zipfile's own reading of the end record (and its zip64 form)
    if read_end is None:
        return
    end = read_end(fh)
    if end is None:
        raise zipfile.BadZipFile("no end of central directory")
    # Real entries take 46 bytes plus a short name; 1 KiB each is generous.
    # zipfile's own offsets into the end record (private, so not in its stubs)
    if end[zipfile._ECD_ENTRIES_TOTAL] > limits.max_parts or end[zipfile._ECD_SIZE] > limits.max_parts * 1024:  # type: ignore[attr-defined]
        raise _refused("too_many_parts", name, f"{limits.max_parts:,}")


def _refuse_other_zip(name: str, names: set[str]) -> None:
    if "word/document.xml" in names:
        kind = "a Word document"
    elif "ppt/presentation.xml" in names:
        kind = "a PowerPoint presentation"
    elif "xl/workbook.bin" in names:
        kind = "an Excel binary workbook (.xlsb)"
    elif "mimetype" in names and "content.xml" in names:
        kind = "an OpenDocument file (LibreOffice or OpenOffice)"
    else:
        raise WorkbookRefused(
            "not_xlsx",
            f"{name} is a zip archive, not an Excel workbook; extract the workbook from it, "
            "or save the file from Excel as an Excel Workbook (.xlsx).",
        )
    raise WorkbookRefused(
        "not_xlsx",
        f"{name} is {kind}, not an Excel workbook; open it in its program and save it as an Excel Workbook (.xlsx).",
    )


class _Scan:
    """Running counts over the decompressed bytes of every part of one file; raises WorkbookRefused at the first excess."""

    def __init__(self, name: str, limits: Limits):
        self.name = name
        self.limits = limits
        self.total = 0
        self.cells = 0
        self.elements = 0
        self.formulas = False  # whether a worksheet holds a formula
        self.in_sheets = False

    def part(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        limits = self.limits
        in_sheets = self.in_sheets = info.filename.startswith("xl/worksheets/")
        size = 0
        mode = None  # None until the first significant byte, then "xml" or "binary"
        carry = b""  # xml: from the last "<" on; binary: the last bytes, for marks across chunks
        self.row = self.column = self.rows = 0
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                self.total += len(chunk)
                if size > limits.max_part_bytes:
                    if in_sheets:
                        raise _refused(
                            "sheet_too_large",
                            self.name,
                            f"a sheet holds more than {limits.max_part_bytes / _MB:g} MB of data",
                        )
                    raise _refused(
                        "zip_bomb", self.name, f"a part expands to more than {limits.max_part_bytes / _MB:g} MB"
                    )
                if self.total > limits.max_total_bytes:
                    raise _refused(
                        "zip_bomb", self.name, f"its content expands to more than {limits.max_total_bytes / _MB:g} MB"
                    )
                if mode is None:
                    mode, chunk = self._start(chunk, first=size == len(chunk))
                    if mode is None:
                        continue
                if mode == "binary":
                    self._marks(carry + chunk)
                    carry = chunk[-_ENTITY_TAIL:]
                    continue
                buffer = carry + chunk
                cut = buffer.rfind(b"<")
                if cut == -1:
                    text, carry = buffer, b""
                else:
                    text, carry = buffer[:cut], buffer[cut:]
                    if len(carry) > _MAX_TOKEN:  # a very long token (text or tag) with no "<" after it yet
                        text, carry = buffer, b""
                self._xml(text)
        if mode == "xml" and carry:
            self._xml(carry)

    def _start(self, chunk: bytes, first: bool) -> tuple[str | None, bytes]:
        """Decide whether a part is XML from its first significant byte; XML in UTF-16 is refused (Excel never writes it)."""
        if first:
            if chunk.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
                raise _refused("damaged", self.name)
            if chunk.startswith(b"\xef\xbb\xbf"):
                chunk = chunk[3:]
        rest = chunk.lstrip(b" \t\r\n")
        if not rest:
            return None, b""
        return ("xml" if rest.startswith(b"<") else "binary"), rest

    def _marks(self, data: bytes) -> None:
        if b"<!" in data:
            lowered = data.lower()
            if any(mark in lowered for mark in _ENTITY_MARKS):
                raise _refused("xml_entities", self.name)

    def _xml(self, text: bytes) -> None:
        """Count and check complete markup: `text` ends just before a "<" (or at the end of the part)."""
        limits = self.limits
        self._marks(text)
        self.elements += text.count(b"<") - text.count(b"</")
        if b"xf" in text:
            self.elements += len(_XF.findall(text))
        if self.elements > limits.max_elements:
            raise _refused(
                "too_many_cells",
                self.name,
                f"it holds more than {limits.max_elements:,} items of content and formatting",
            )
        if self.in_sheets and not self.formulas and b"f" in text and _FORMULA.search(text):
            self.formulas = True
        for match in _TAG.finditer(text):
            tag, attributes, closed = match.groups()
            if not closed:
                raise _refused("damaged", self.name)
            if tag == b"row":
                self.rows += 1
                value = _attribute(_ATTR_R, attributes)
                self.row = self._row_number(value) if value is not None else self.row + 1
                self.column = 0
                if self.rows > limits.max_rows or self.row > limits.max_rows:
                    raise _refused("too_many_cells", self.name, f"a sheet has more than {limits.max_rows:,} rows")
                continue
            if tag == b"c":
                self._add_cells(1)
                value = _attribute(_ATTR_R, attributes)
                if value is None:
                    self.column += 1
                    row, column = self.row, self.column
                else:
                    cell = _CELL.match(value.strip())
                    if not cell:
                        raise _refused("damaged", self.name)
                    row, column = int(cell[2]), _column_number(cell[1])
                    self.column = column
                self._check_extent(row, column)
                continue
            value = _attribute(_ATTR_REF, attributes)  # mergeCell, hyperlink, comment: ranges become cells
            if value is not None:
                self._add_range(value)

    def _row_number(self, value: bytes) -> int:
        try:
            try:
                return int(value)
            except ValueError:
                return int(float(value))  # as openpyxl does
        except (ValueError, OverflowError):
            raise _refused("damaged", self.name) from None

    def _add_cells(self, count: int) -> None:
        self.cells += count
        if self.cells > self.limits.max_cells:
            raise _refused("too_many_cells", self.name, f"it holds more than {self.limits.max_cells:,} cells")

    def _check_extent(self, row: int, column: int) -> None:
        if row > self.limits.max_rows:
            raise _refused("too_many_cells", self.name, f"a sheet has more than {self.limits.max_rows:,} rows")
        if column > self.limits.max_columns:
            raise _refused("too_many_cells", self.name, f"a sheet has more than {self.limits.max_columns:,} columns")

    def _add_range(self, value: bytes) -> None:
        """A range as openpyxl reads it (A1, A1:B2, A:B, 1:2); a whole row or column counts up to the limits."""
        match = _RANGE.match(value.strip())
        if not match or not any(match.groups()):
            raise _refused("damaged", self.name)
        column1, row1, colon, column2, row2 = match.groups()
        if not colon:
            column2, row2 = column1, row1
        rows = [int(number) for number in (row1, row2) if number]
        columns = [_column_number(letters) for letters in (column1, column2) if letters]
        if len(rows) < 2:
            rows += [1, self.limits.max_rows]
        if len(columns) < 2:
            columns += [1, self.limits.max_columns]
        self._check_extent(max(rows), max(columns))
        self._add_cells((max(rows) - min(rows) + 1) * (max(columns) - min(columns) + 1))


def _attribute(pattern: re.Pattern[bytes], attributes: bytes) -> bytes | None:
    match = pattern.search(attributes)
    if not match:
        return None
    value = match[1] if match[1] is not None else match[2]
    return _CHAR_REF.sub(_unescape, value) if b"&" in value else value


def _unescape(match: re.Match[bytes]) -> bytes:
    ref = match[1]
    if ref in _NAMED_REFS:
        return _NAMED_REFS[ref]
    code = int(ref[2:], 16) if ref[1:2] in (b"x", b"X") else int(ref[1:])
    try:
        return chr(code).encode("utf-8")
    except (ValueError, OverflowError):
        return b"?"


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number
