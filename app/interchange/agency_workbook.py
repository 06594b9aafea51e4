"""Workbooks sent to an agency: the fields it answers for, to fill in offline and send back.

The workbook holds an instructions sheet and an answers sheet: one row per matrix field, the field's
stable key in a hidden column, its current answer in white (unlocked) cells with drop-down lists and
date checks, everything else locked. A very hidden sheet names the workbook (a random token recorded
in the database with what every field held when it left), so that the import proposes exactly what
the agency changed and marks what the focal point changed meanwhile. The import checks each row's key
against what the row shows (section, number, weapon, aspect: `identity_cells`). The sheets and the
workbook's structure are protected with a password derived from the token (`sheet_password`): not a
secret, but unprotecting takes more than a click.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import secrets
from copy import copy
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.datavalidation import DataValidation

from app import clock, matrix_template, records, state_profile, steps
from app.audit import record, utc_now
from app.changes import Changes, Description
from app.errors import NotFoundError, UserError, ValidationError
from app.exports.text import Text
from app.exports.xlsx import FORMULA_STARTS, cell_text, date_validation
from app.matrix_template import label_column
from app.outputs import OutputExists, atomic_output, check_output_path, display_name
from app.records import MAX_TEXT
from app.states import state_forms, state_name
from app.workspace import Workspace
from db import write_transaction

FORMAT = "un1540-agency-workbook"
FORMAT_VERSION = 1
META_SHEET = "_un1540"
HEADER_ROW = 3
FIRST_ROW = 4
# The parts of an answer an agency may change, and how each is checked on the way back.
EDITABLE = (
    "value",
    "source",
    "remarks",
    "adherence_details",
    "signature_date",
    "ratification_date",
    "entry_into_force_date",
    "reviewed_on",
)
DATES = ("signature_date", "ratification_date", "entry_into_force_date", "reviewed_on")
ADHERENCE_ONLY = ("adherence_details", "signature_date", "ratification_date", "entry_into_force_date")
TEXT_LIMITS = {"source": 2000, "remarks": MAX_TEXT, "adherence_details": MAX_TEXT}  # as the database allows
# Visible columns of the answers sheet (column A is the hidden field key).
COLUMNS = (
    "section",
    "number",
    "item",
    "weapon",
    "aspect",
    "value",
    "source",
    "remarks",
    "adherence_details",
    "signature_date",
    "ratification_date",
    "entry_into_force_date",
    "reviewed_on",
    "references",
)
COLUMN_OF = {name: index + 2 for index, name in enumerate(COLUMNS)}
# The visible columns that say which field a row is; the import checks them against the row's hidden key.
IDENTITY = ("section", "number", "weapon", "aspect")
_WIDTHS = {
    "section": 8,
    "number": 5,
    "item": 46,
    "weapon": 12,
    "aspect": 16,
    "value": 8,
    "source": 34,
    "remarks": 40,
    "adherence_details": 30,
    "signature_date": 13,
    "ratification_date": 13,
    "entry_into_force_date": 13,
    "reviewed_on": 13,
    "references": 40,
}
_HEADER_KEYS = {
    "section": "agency.col.section",
    "number": "agency.col.number",
    "item": "agency.col.item",
    "weapon": "agency.col.weapon",
    "aspect": "agency.col.aspect",
    "value": "agency.col.value",
    "source": "agency.col.source",
    "remarks": "agency.col.remarks",
    "adherence_details": "agency.col.details",
    "signature_date": "agency.col.signature",
    "ratification_date": "agency.col.ratification",
    "entry_into_force_date": "agency.col.entry_into_force",
    "reviewed_on": "agency.col.reviewed_on",
    "references": "agency.col.references",
}
_LOCKED_FILL = PatternFill("solid", fgColor="E7E6E6")
_HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True)
class AgencyWorkbookInfo:
    id: int
    path: Path
    agency: str
    fields: int
    token: str


def field_keys_for(
    ws: Workspace, sections: list[str] | None = None, responsible_agency_id: int | None = None
) -> list[str]:
    """Field keys in the Committee's order: of some sections (all when None), optionally only the
    fields for which an agency is recorded as responsible."""
    sql = (
        "SELECT f.key FROM matrix_field f JOIN matrix_row r ON r.key = f.row_key "
        "JOIN matrix_section s ON s.key = r.section_key "
        "LEFT JOIN matrix_answer a ON a.field_key = f.key WHERE 1 = 1"
    )
    params: list[Any] = []
    if sections:
        sql += f" AND s.key IN ({', '.join('?' for _ in sections)})"
        params += list(sections)
    if responsible_agency_id is not None:
        sql += " AND a.responsible_agency_id = ?"
        params.append(responsible_agency_id)
    sql += " ORDER BY s.ordinal, r.ordinal, f.ordinal"
    return [key for (key,) in ws.db.execute(sql, params).fetchall()]


def _field_rows(ws: Workspace, keys: list[str], lang: str) -> list[dict[str, Any]]:
    label = label_column(lang)
    found = {
        r["key"]: r
        for r in records.rows(
            ws.db,
            f"SELECT f.key, f.weapon, f.aspect, r.section_key AS section, r.number, "
            f"coalesce(nullif(r.{label}, ''), r.label_en) AS item, "
            "coalesce(a.value, '') AS value, coalesce(a.source, '') AS source, coalesce(a.remarks, '') AS remarks, "
            "coalesce(a.adherence_details, '') AS adherence_details, a.signature_date, a.ratification_date, "
            "a.entry_into_force_date, a.reviewed_on "
            "FROM matrix_field f JOIN matrix_row r ON r.key = f.row_key "
            "JOIN matrix_section s ON s.key = r.section_key LEFT JOIN matrix_answer a ON a.field_key = f.key "
            "ORDER BY s.ordinal, r.ordinal, f.ordinal",
        )
    }
    missing = [k for k in keys if k not in found]
    if missing:
        raise ValidationError("fields", "invalid_choice", f"The matrix has no field {missing[0]!r}.")
    references: dict[str, list[str]] = {}
    for c in records.rows(
        ws.db,
        "SELECT c.field_key, l.title_original, c.article FROM matrix_citation c "
        "JOIN legal_instrument l ON l.id = c.legal_instrument_id ORDER BY c.field_key, c.ordinal",
    ):
        references.setdefault(c["field_key"], []).append(
            c["title_original"] + (f", {c['article']}" if c["article"] else "")
        )
    rows = []
    for key in keys:
        row = dict(found[key])
        row["references"] = "\n".join(references.get(key, []))
        rows.append(row)
    return rows


def identity_cells(t: Text, section: str, number: int | str, weapon: str | None, aspect: str) -> dict[str, str]:
    """What the answers sheet shows in its IDENTITY columns for a field, in the workbook's language."""
    return {
        "section": section,
        "number": str(number),
        "weapon": t(f"weapon.{weapon}") if weapon else "",
        "aspect": t(f"aspect.{aspect}"),
    }


def sheet_password(token: str) -> str:
    """The password protecting a workbook's sheets and structure, derived from its token (kept in the workbook and
    in the database): not a secret from the focal point, only a guard against unprotecting by a click."""
    return hashlib.sha256(f"un1540 agency workbook sheets {token}".encode()).hexdigest()[:16]


def baseline_of(row: dict[str, Any]) -> dict[str, Any]:
    """What the editable parts of an answer held when the workbook left, as stored for the import."""
    return {name: (row.get(name) or ("" if name not in DATES else None)) for name in EDITABLE}


# Sheets are typed Any below: openpyxl's stubs make parts a new sheet always has (page setup, properties) optional.
def _style(
    ws_sheet: Any, locked: bool, bold: bool, fill: PatternFill | None, wrap: bool, date_cell: bool, border: bool
) -> Any:
    """The cell style for one combination, built once per sheet: openpyxl hashes every style object it is
    given, which made styling each cell afresh most of the export's time."""
    cache = ws_sheet.__dict__.setdefault("_un1540_styles", {})  # styles index into this workbook's own lists
    key = (locked, bold, id(fill), wrap, date_cell, border)
    style = cache.get(key)
    if style is None:
        model = ws_sheet.cell(row=ws_sheet.max_row + 1000, column=60)  # a scratch cell, removed below
        model.protection = Protection(locked=locked)
        model.alignment = Alignment(wrap_text=wrap, vertical="top")
        if bold:
            model.font = Font(bold=True)
        if fill is not None:
            model.fill = fill
        if border:
            model.border = _BORDER
        if date_cell:
            model.number_format = "yyyy-mm-dd"
        style = copy(model._style)
        del ws_sheet._cells[(model.row, model.column)]
        cache[key] = style
    return style


def _put(
    ws_sheet: Any,
    row: int,
    col: int,
    value: Any,
    *,
    locked: bool = True,
    bold: bool = False,
    fill: PatternFill | None = None,
    wrap: bool = True,
    date_cell: bool = False,
    border: bool = True,
) -> Any:
    cell = ws_sheet.cell(row=row, column=col)
    if date_cell and value:
        cell.value = date.fromisoformat(value)
    elif value not in (None, ""):
        text = cell_text(str(value))
        cell.value = text
        cell.data_type = "s"
    cell._style = copy(_style(ws_sheet, locked, bold, fill, wrap, date_cell, border))
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def _ranges(column: int, rows: list[int]) -> str:
    """Consecutive rows of a column as ranges ("G4:G40 G45"), for one data validation over all of them."""
    letter = get_column_letter(column)
    parts: list[str] = []
    start: int | None = None
    last = 0  # read only once start is set
    for r in rows:
        if start is not None and r == last + 1:
            last = r
            continue
        if start is not None:
            parts.append(f"{letter}{start}:{letter}{last}" if last != start else f"{letter}{start}")
        start = last = r
    if start is not None:
        parts.append(f"{letter}{start}:{letter}{last}" if last != start else f"{letter}{start}")
    return " ".join(parts)


def _protect(sheet: Any, password: str) -> None:
    sheet.protection.sheet = True
    sheet.protection.password = password


def _instructions(wb: Workbook, t: Text, info: dict[str, Any]) -> None:
    sheet: Any = wb.active
    sheet.title = t("agency.sheet.instructions")[:31]
    if t.rtl:
        sheet.sheet_view.rightToLeft = True
    sheet.column_dimensions["A"].width = 4
    sheet.column_dimensions["B"].width = 34
    sheet.column_dimensions["C"].width = 80
    title = sheet.cell(row=1, column=2, value=cell_text(t("agency.title", agency=info["agency"])))
    title.font = Font(bold=True, size=14)
    lines = [
        (t("agency.state"), info["state"]),
        (t("agency.prepared_by"), info["focal_point"]),
        (t("agency.exported_on"), t.date(info["exported_on"])),
        (t("agency.reply_by"), t.date(info["due_on"]) if info["due_on"] else ""),
        (t("agency.fields_count"), str(info["fields"])),
        (t("agency.note"), info["note"]),
    ]
    row = 3
    for label, value in lines:
        if not value:
            continue
        _put(sheet, row, 2, label, bold=True, border=False)
        _put(sheet, row, 3, value, border=False)
        row += 1
    row += 1
    _put(sheet, row, 2, t("agency.how_to"), bold=True, border=False)
    row += 1
    for n in range(1, 7):
        _put(sheet, row, 2, f"{n}.", border=False)
        _put(
            sheet,
            row,
            3,
            t(
                f"agency.step{n}",
                **info["state_forms"],
                focal_point=info["focal_point"] or "—",
                sheet=t("agency.sheet.answers"),
            ),
            border=False,
        )
        row += 1
    row += 1
    _put(sheet, row, 2, t("agency.values_legend"), bold=True, border=False)
    row += 1
    for code in ("X", "?", "NA", ""):
        _put(sheet, row, 2, code or "—", border=False)
        _put(sheet, row, 3, t.label("value", code), border=False)
        row += 1
    # Excel does not grow rows for wrapped text written by a program: give long lines their height.
    for cells in sheet.iter_rows(min_row=3, max_row=row, min_col=3, max_col=3):
        text = str(cells[0].value or "")
        height = sum(max(1, math.ceil(len(line) / 75)) for line in text.split("\n")) if text else 1
        if height > 1:
            sheet.row_dimensions[cells[0].row].height = min(409, 15 * height)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    _protect(sheet, info["password"])


def _answers(wb: Workbook, t: Text, rows: list[dict[str, Any]], title: str, password: str) -> str:
    sheet: Any = wb.create_sheet(t("agency.sheet.answers")[:31])
    if t.rtl:
        sheet.sheet_view.rightToLeft = True
    sheet.column_dimensions["A"].hidden = True
    _put(sheet, 1, 2, title, bold=True, border=False, wrap=False)
    for name, col in COLUMN_OF.items():
        _put(sheet, HEADER_ROW, col, t(_HEADER_KEYS[name]), bold=True, fill=_HEADER_FILL)
        sheet.column_dimensions[get_column_letter(col)].width = _WIDTHS[name]
    value_check = DataValidation(
        type="list",
        formula1='"X,?,NA"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=t("agency.error.value_title")[:32],
        error=t("agency.error.value")[:255],
    )
    date_check = date_validation(t)
    length_checks = {
        name: DataValidation(
            type="textLength",
            operator="lessThanOrEqual",
            formula1=str(limit),
            allow_blank=True,
            showErrorMessage=True,
            error=t("agency.error.length", n=limit)[:255],
        )
        for name, limit in TEXT_LIMITS.items()
    }
    check: DataValidation | None
    for check in (value_check, date_check, *length_checks.values()):
        sheet.add_data_validation(check)
    checked: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        r = FIRST_ROW + index
        adherence = row["aspect"] == "adherence"
        _put(sheet, r, 1, row["key"], border=False)
        fixed = {
            **identity_cells(t, row["section"], row["number"], row["weapon"], row["aspect"]),
            "item": row["item"],
            "references": row["references"],
        }
        for name, value in fixed.items():
            _put(sheet, r, COLUMN_OF[name], value, fill=_LOCKED_FILL)
        for name in EDITABLE:
            editable = adherence or name not in ADHERENCE_ONLY
            col = COLUMN_OF[name]
            _put(
                sheet,
                r,
                col,
                row[name] if editable else "",
                locked=not editable,
                fill=None if editable else _LOCKED_FILL,
                date_cell=name in DATES,
            )
            if editable:
                checked.setdefault(name, []).append(r)
    for name, rows_of in checked.items():
        check = value_check if name == "value" else date_check if name in DATES else length_checks.get(name)
        if check is not None:
            check.sqref = MultiCellRange(
                " ".join(p for p in (str(check.sqref), _ranges(COLUMN_OF[name], rows_of)) if p)
            )
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=COLUMN_OF["value"])
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    _protect(sheet, password)
    sheet.protection.formatColumns = False  # the agency may widen columns and rows to read long text
    sheet.protection.formatRows = False
    return str(sheet.title)


def _meta(wb: Workbook, meta: dict[str, Any], password: str) -> None:
    sheet = wb.create_sheet(META_SHEET)
    for row, (key, value) in enumerate(meta.items(), start=1):
        sheet.cell(row=row, column=1, value=key)
        cell = sheet.cell(row=row, column=2, value=str(value))
        cell.data_type = "s"
    sheet.sheet_state = "veryHidden"
    _protect(sheet, password)


def default_file_name(ws: Workspace, agency: str, today: str | None = None) -> str:
    profile = state_profile.get_profile(ws) or {}
    safe = "".join(ch if ch.isalnum() else "-" for ch in agency).strip("-")[:40] or "agency"
    return f"{profile.get('state_code', 'XXX')}-matrix-{safe}-{today or clock.today_iso()}.xlsx"


def workbook_path(out: str | Path) -> Path:
    """The file an agency workbook is written to: `out`, with ".xlsx" added if it has another suffix."""
    out = Path(out).expanduser()
    return out if out.suffix.lower() == ".xlsx" else out.with_name(out.name + ".xlsx")


def export_agency_workbook(
    ws: Workspace,
    agency_id: int,
    field_keys: list[str],
    out: str | Path,
    *,
    lang: str = "en",
    due_on: str | None = None,
    note: str = "",
    today: str | None = None,
    overwrite: bool = False,
) -> Changes[AgencyWorkbookInfo]:
    """Write the workbook for an agency and record it as pending (one step, audited, that cannot be undone:
    the workbook is in the agency's hands); the step's `value` says what was written.

    The file is written beside `out`, recorded, then moved into place: a failure leaves neither a file
    nor a record. An existing `out` is refused (OutputExists) unless `overwrite` (the GUI's save dialog
    has asked the user).
    """
    keys = list(dict.fromkeys(field_keys))
    if not keys:
        raise UserError("Choose at least one field for the agency to answer.")
    agency = ws.db.execute("SELECT name, acronym FROM agency WHERE id = ?", [agency_id]).fetchone()
    if agency is None:
        raise NotFoundError("The chosen agency no longer exists.")
    due_on = records.parse_date(due_on, "due_on")
    note = (note or "").strip()
    if len(note) > 2000:
        raise ValidationError("note", "too_long", "The note is longer than 2000 characters.")
    check_output_path(out, ws.path)  # the database picked by mistake is refused, not written beside it as .xlsx
    out = check_output_path(workbook_path(out), ws.path)
    if not overwrite and os.path.lexists(out):
        raise OutputExists(f"{out} already exists; nothing was written over it.")
    t = Text(lang)
    profile = state_profile.get_profile(ws) or {}
    state = state_name(profile.get("state_code", ""), lang)
    exported_on = today or clock.today_iso()
    rows = _field_rows(ws, keys, lang)
    token = secrets.token_hex(16)
    password = sheet_password(token)
    template_version = matrix_template.current_version(ws) or ""
    focal_point = t.join(p for p in (profile.get("focal_point_name", ""), profile.get("focal_point_title", "")) if p)
    wb = Workbook()
    _instructions(
        wb,
        t,
        {
            "agency": agency[0],
            "state": state,
            "state_forms": state_forms(profile.get("state_code", ""), lang),
            "focal_point": focal_point,
            "exported_on": exported_on,
            "due_on": due_on,
            "fields": len(rows),
            "note": note,
            "password": password,
        },
    )
    answers = _answers(wb, t, rows, t("agency.title", agency=agency[0]), password)
    _meta(
        wb,
        {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "token": token,
            "template_version": template_version,
            "sheet": answers,
            "agency": agency[0],
            "lang": lang,
            "exported_on": exported_on,
            "state_code": profile.get("state_code", ""),
            "fields": len(rows),
            "header_row": HEADER_ROW,
            "first_row": FIRST_ROW,
        },
        password,
    )
    wb.security = WorkbookProtection(workbookPassword=password, lockStructure=True)
    wb.properties.title = t("agency.title", agency=agency[0])[:250]
    wb.properties.creator = "UN 1540 focal point tool"
    out.parent.mkdir(parents=True, exist_ok=True)
    name = display_name(out)
    # Record first, then move into place. Commit and rename cannot be one step, so the order decides what
    # an interruption leaves: killed between the two, the workbook is recorded as awaited but not in place
    # (the user sees it in the list and can withdraw it; the temporary file is swept at the next start).
    # The other order could leave a workbook in the agency's hands that this database does not know, whose
    # answers would be refused on the way back. If the move itself fails (the name was taken meanwhile,
    # the folder became read-only), the record is removed again and the error propagates.
    with atomic_output(out, overwrite=overwrite) as output:
        wb.save(output.temp)
        with steps.step(ws, Description("send", "agency_workbook", agency[0]), undoable="sent") as recorder:
            cursor = ws.db.execute(
                "INSERT INTO agency_workbook (token, agency_id, agency_name, lang, template_version, field_keys, baseline, "
                "file_name, due_on, note, exported_at, exported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    token,
                    agency_id,
                    agency[0],
                    lang,
                    template_version,
                    json.dumps(keys),
                    json.dumps({row["key"]: baseline_of(row) for row in rows}, ensure_ascii=False),
                    name,
                    due_on,
                    note,
                    utc_now(),
                    ws.actor.name,
                ],
            )
            workbook_id = cursor.lastrowid
            assert workbook_id is not None  # an INSERT sets it
            record(
                ws.db,
                ws.actor,
                "create",
                "agency_workbook",
                workbook_id,
                f"Workbook for {agency[0]}: {len(rows)} fields ({name})",
            )
        changes = recorder.changes()
        try:
            output.commit()
        except (OSError, UserError) as exc:
            with write_transaction(ws.db):  # outside any step: the step above stays, not undoable, as audited
                ws.db.execute("DELETE FROM agency_workbook WHERE id = ?", [workbook_id])
                record(
                    ws.db,
                    ws.actor,
                    "delete",
                    "agency_workbook",
                    workbook_id,
                    f"Workbook for {agency[0]} not written ({name}): {getattr(exc, 'strerror', None) or exc}",
                )
            raise
    return replace(changes, value=AgencyWorkbookInfo(workbook_id, out, agency[0], len(rows), token))


def list_workbooks(ws: Workspace, status: str | None = None) -> list[dict[str, Any]]:
    """Workbooks sent to agencies, newest first, with the number of fields each covers."""
    sql = (
        "SELECT id, agency_id, agency_name, lang, template_version, field_keys, file_name, due_on, note, exported_at, "
        "exported_by, status, imported_at, imported_changes FROM agency_workbook"
    )
    params: list[Any] = []
    if status:
        sql += " WHERE status = ?"
        params.append(status)
    out = records.rows(ws.db, sql + " ORDER BY exported_at DESC, id DESC", params)
    for row in out:
        row["fields"] = len(json.loads(row.pop("field_keys")))
    return out


def _describe_withdrawal(ws: Workspace, workbook_id: int) -> Description:
    row = ws.db.execute("SELECT agency_name FROM agency_workbook WHERE id = ?", [workbook_id]).fetchone()
    return Description("withdraw", "agency_workbook", str(row[0]) if row else "")


@steps.operation(_describe_withdrawal)
def withdraw(ws: Workspace, workbook_id: int) -> None:
    """Stop waiting for a workbook (the agency will not answer it); it can no longer be imported."""
    with write_transaction(ws.db):
        row = ws.db.execute("SELECT agency_name, status FROM agency_workbook WHERE id = ?", [workbook_id]).fetchone()
        if row is None:
            raise NotFoundError("This agency workbook is not recorded.")
        if row[1] != "pending":
            raise UserError("Only a workbook still awaited can be withdrawn.")
        ws.db.execute("UPDATE agency_workbook SET status = 'withdrawn' WHERE id = ?", [workbook_id])
        record(
            ws.db,
            ws.actor,
            "update",
            "agency_workbook",
            workbook_id,
            f"Workbook for {row[0]} withdrawn",
            {"status": ["pending", "withdrawn"]},
        )
