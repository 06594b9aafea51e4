"""What reading a returned workbook produces, shared by both readers (`importing` for agency workbooks,
`committee_matrix` for the Committee's matrix): the preview and its changes, the refusal, and the reading of
cells and of the matrix as the database holds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import records
from app.errors import UserError
from app.exports.xlsx import cell_text
from app.interchange import agency_workbook as aw
from app.interchange.safe_workbook import unreadable_formulas
from app.workspace import Workspace

if TYPE_CHECKING:
    from openpyxl import Workbook

MAX_PROBLEMS_LISTED = 25
ATTRIBUTE_LABELS = {
    "value": "value",
    "source": "source",
    "remarks": "remarks",
    "adherence_details": "details",
    "signature_date": "signature date",
    "ratification_date": "ratification date",
    "entry_into_force_date": "entry into force date",
    "reviewed_on": "reviewed on",
}


class ImportRefused(UserError):
    """The file cannot be imported; `problems` lists every reason, each with its sheet and cell."""

    def __init__(self, message: str, problems: list[str] | None = None):
        self.problems = problems or []
        listed = self.problems[:MAX_PROBLEMS_LISTED]
        more = len(self.problems) - len(listed)
        detail = "".join(f"\n  - {p}" for p in listed) + (f"\n  - … and {more} more" if more > 0 else "")
        super().__init__(message + detail)
        self.summary = message


@dataclass
class Change:
    """One part of one field's answer that the file would change."""

    id: int
    field_key: str
    attribute: str
    where: str  # "B 3 · NW · legal" : section, row number, weapon, aspect
    item: str  # the row's label
    old: Any  # what the database holds now
    new: Any  # what the file says
    baseline: Any = None  # what the field held when the workbook was sent (agency workbooks)
    conflict: bool = False
    reason: str = ""  # why it is a conflict, in words


@dataclass
class ImportPreview:
    kind: str  # "agency" or "committee"
    path: Path
    source: str  # who the changes come from: the agency, or "the Committee's matrix"
    changes: list[Change]
    fields_read: int
    already: int = 0  # changes the database already holds
    workbook_id: int | None = None
    notices: list[str] = field(default_factory=list)

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.conflict]

    @property
    def fields_changed(self) -> int:
        return len({c.field_key for c in self.changes})


@dataclass(frozen=True)
class ImportResult:
    applied: int
    fields: int
    skipped: int
    path: Path


# -- reading cells ---------------------------------------------------------------------------------------
def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


VALUE_WORDS = {"X": "X", "?": "?", "NA": "NA", "N/A": "NA", "N.A.": "NA", "": "", "-": "", "—": ""}


def _value(cell_value: Any, values: dict[str, str]) -> str | None:
    """The matrix value a cell means (X, ?, NA or ''), or None when it means none of them."""
    return values.get(_text(cell_value).strip().upper())


def _date(cell_value: Any) -> str | None:
    """ISO date for a date cell or YYYY-MM-DD text; '' for an empty cell; None when it is no date."""
    if cell_value is None or (isinstance(cell_value, str) and not cell_value.strip()):
        return ""
    if isinstance(cell_value, datetime):
        return cell_value.date().isoformat()
    if isinstance(cell_value, date):
        return cell_value.isoformat()
    if isinstance(cell_value, str):
        try:
            return date.fromisoformat(cell_value.strip()[:10]).isoformat() if len(cell_value.strip()) == 10 else None
        except ValueError:
            return None
    return None


def formula_problems(
    wb: Workbook, sheet_title: str, *, min_row: int = 1, max_column: int | None = None
) -> dict[tuple[int, int], str]:
    """{(row, column): problem} for every cell of the sheet holding a formula without a computed value (such a cell
    reads as empty, and taking it for an empty answer would erase the answer it stands in) or with an error."""
    from openpyxl.utils import get_column_letter

    out = {}
    for (row, column), (formula, error) in unreadable_formulas(
        wb, sheet_title, min_row=min_row, max_column=max_column
    ).items():
        shown = formula if len(formula) <= 60 else formula[:59] + "…"
        ref = f"{sheet_title}!{get_column_letter(column)}{row}"
        if error is None:
            out[(row, column)] = (
                f"{ref}: a formula without a computed value ({shown}); type the value, or open and "
                "save the file in Excel or LibreOffice"
            )
        else:
            out[(row, column)] = f"{ref}: a formula whose result is an error ({error[:20]}: {shown}); type the value"
    return out


def _same(attribute: str, a: Any, b: Any) -> bool:
    if attribute in aw.DATES:
        return (a or None) == (b or None)
    return cell_text(a or "") == cell_text(b or "")


def _current(ws: Workspace, keys: list[str]) -> dict[str, dict[str, Any]]:
    found = {k: {name: ("" if name not in aw.DATES else None) for name in aw.EDITABLE} for k in keys}
    for chunk_start in range(0, len(keys), 500):
        chunk = keys[chunk_start : chunk_start + 500]
        for row in records.rows(
            ws.db,
            f"SELECT field_key, {', '.join(aw.EDITABLE)} FROM matrix_answer "
            f"WHERE field_key IN ({', '.join('?' for _ in chunk)})",
            chunk,
        ):
            found[row.pop("field_key")] = {k: (v if v is not None or k in aw.DATES else "") for k, v in row.items()}
    return found


def _places(ws: Workspace) -> dict[str, dict[str, Any]]:
    """Where every field sits: section, row number, weapon, aspect and the row's English label."""
    return {
        r["key"]: r
        for r in records.rows(
            ws.db,
            "SELECT f.key, r.section_key AS section, r.number, r.label_en AS item, f.weapon, f.aspect, s.layout "
            "FROM matrix_field f JOIN matrix_row r ON r.key = f.row_key JOIN matrix_section s ON s.key = r.section_key",
        )
    }


def _where(place: dict[str, Any]) -> str:
    parts = [f"{place['section']} {place['number']}"]
    if place["weapon"]:
        parts.append(place["weapon"])
    parts.append(place["aspect"])
    return " · ".join(parts)
