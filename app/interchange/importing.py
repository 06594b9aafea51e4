"""Reading a workbook that came back, showing what it would change, and applying what the user accepts.

Two kinds of workbook come in: an agency workbook this application sent out (`agency_workbook`), and
the State's matrix as the Committee published it, typed into Excel in the Committee's layout
(`committee_matrix`). Both are read in full and checked before anything is proposed; any problem
refuses the whole file with every problem listed, and nothing changes. The preview lists every change
field by field (current value, new value, where it comes from) and marks conflicts; the accepted
changes are written in one transaction, each recorded in the audit log with the file it came from.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import matrix, records
from app.audit import record, utc_now
from app.changes import Description
from app.errors import UserError
from app.exports.text import Text
from app.exports.xlsx import cell_text
from app.interchange import agency_workbook as aw
from app.interchange.committee_matrix import read_committee_matrix
from app.interchange.preview import (  # noqa: F401 (the preview's names, used through this module too)
    ATTRIBUTE_LABELS,
    MAX_PROBLEMS_LISTED,
    VALUE_WORDS,
    Change,
    ImportPreview,
    ImportRefused,
    ImportResult,
    _current,
    _date,
    _places,
    _same,
    _text,
    _value,
    _where,
    formula_problems,
)
from app.interchange.safe_workbook import open_workbook
from app.steps import operation
from app.workspace import Workspace
from db import write_transaction

if TYPE_CHECKING:
    from openpyxl import Workbook


# -- agency workbooks ------------------------------------------------------------------------------------
def _meta(wb: Workbook) -> dict[str, str] | None:
    if aw.META_SHEET not in wb.sheetnames:
        return None
    sheet = wb[aw.META_SHEET]
    meta = {}
    for key, value in sheet.iter_rows(min_row=1, max_row=100, max_col=2, values_only=True):
        if key:
            meta[str(key)] = _text(value)
    return meta


def read_workbook(ws: Workspace, path: str | Path, wb: Workbook | None = None) -> ImportPreview:
    """Read an agency workbook or the Committee's matrix; check all of it; return the preview.

    `wb` is the workbook already opened with `open_workbook` (the command line opens it before the database).
    """
    path = Path(path).expanduser()
    wb = wb if wb is not None else open_workbook(path)
    try:
        meta = _meta(wb)
        if meta is not None:
            return _read_agency(ws, path, wb, meta)
        return read_committee_matrix(ws, path, wb)
    finally:
        wb.close()


def _read_agency(ws: Workspace, path: Path, wb: Workbook, meta: dict[str, str]) -> ImportPreview:
    name = path.name
    if meta.get("format") != aw.FORMAT:
        raise ImportRefused(f"{name} is not a workbook of this application.")
    try:
        version = int(meta.get("format_version", ""))
    except ValueError:
        raise ImportRefused(f"{name} has a damaged workbook identity.") from None
    if version > aw.FORMAT_VERSION:
        raise ImportRefused(
            f"{name} was prepared by a newer version of this application; update it to import the file."
        )
    row = ws.db.execute(
        "SELECT id, agency_name, field_keys, baseline, status, imported_at, lang FROM agency_workbook WHERE token = ?",
        [meta.get("token", "")],
    ).fetchone()
    if row is None:
        raise ImportRefused(
            f"{name} was not prepared from this database (it was sent for {meta.get('agency') or 'an agency'}"
            f" of State {meta.get('state_code') or '?'} on {meta.get('exported_on') or '?'}). "
            "Open the database it was sent from, or send the agency a new workbook."
        )
    workbook_id, agency, keys_json, baseline_json, status, imported_at, lang = row
    if status == "withdrawn":
        raise ImportRefused(f"{name}: the workbook sent to {agency} was withdrawn; it can no longer be imported.")
    keys = json.loads(keys_json)
    baseline = json.loads(baseline_json)
    notices = []
    if status == "imported":
        notices.append(
            f"This workbook was already imported on {imported_at[:10]}; only what differs from the data "
            "now is proposed."
        )
    places = _places(ws)
    problems = [
        f"field {k} is no longer in the matrix (template changed since the workbook was sent)"
        for k in keys
        if k not in places
    ]
    sheet_name = meta.get("sheet", "")
    if sheet_name not in wb.sheetnames:
        raise ImportRefused(
            f"{name} has lost its sheet “{sheet_name}”; ask the agency for the workbook as it was sent."
        )
    sheet = wb[sheet_name]
    expected = set(keys)
    seen: dict[str, int] = {}
    proposed: dict[str, dict[str, Any]] = {}
    last_column = max(aw.COLUMN_OF.values())
    formulas = formula_problems(wb, sheet_name, min_row=aw.FIRST_ROW, max_column=last_column)
    problems += formulas.values()
    blind_rows: dict[int, set[int]] = {}  # the columns of each row whose formula has no value: unreadable
    for r, column in formulas:
        blind_rows.setdefault(r, set()).add(column)
    shown = _shown_identity(Text(lang or "en"), places)
    for r, cells in enumerate(
        sheet.iter_rows(min_row=aw.FIRST_ROW, max_col=last_column, values_only=True), start=aw.FIRST_ROW
    ):
        blind = blind_rows.get(r, set())
        if 1 in blind:
            continue  # the key is a formula without a value: already listed
        key = _text(cells[0]).strip()
        editable = {n: cells[aw.COLUMN_OF[n] - 1] for n in aw.EDITABLE if aw.COLUMN_OF[n] not in blind}
        if not key:
            if any(_text(v).strip() for v in editable.values()):
                problems.append(f"{sheet_name}!A{r}: a row was added; answers can only be given in the rows provided")
            continue
        if key not in expected:
            problems.append(f"{sheet_name}!A{r}: field “{key[:60]}” was not sent in this workbook")
            continue
        if key in seen:
            problems.append(f"{sheet_name}!A{r}: field {key} appears twice (rows {seen[key]} and {r})")
            continue
        if key in places and not any(aw.COLUMN_OF[n] in blind for n in aw.IDENTITY):
            # The key is hidden; what the row shows must be that field, or answers would land in another one.
            on_row = tuple(_text(cells[aw.COLUMN_OF[n] - 1]) for n in aw.IDENTITY)
            if _identity(on_row) != _identity(shown[key]):
                problems.append(
                    f"{sheet_name}!A{r}: the hidden key says {_describe(shown[key])} but the row shows "
                    f"{_describe(on_row)}; the rows were reordered or changed"
                )
                continue
        seen[key] = r
        if key not in places:
            continue
        values = _read_row(sheet_name, r, editable, places[key]["aspect"] == "adherence", problems)
        proposed[key] = values
    missing = len(expected) - len(seen)
    if missing:
        notices.append(f"{missing} field(s) sent were not found in the workbook; they are left as they are.")
    if problems:
        raise ImportRefused(f"{name} cannot be imported; nothing was changed. Problems found:", problems)
    current = _current(ws, list(proposed))
    changes: list[Change] = []
    already = 0
    for key, values in proposed.items():
        place = places[key]
        for attribute, new in values.items():
            sent = baseline.get(key, {}).get(attribute)
            if _same(attribute, new, sent):
                continue  # the agency did not change it
            now = current[key][attribute]
            if _same(attribute, new, now):
                already += 1
                continue
            conflict = not _same(attribute, now, sent)
            changes.append(
                Change(
                    len(changes),
                    key,
                    attribute,
                    _where(place),
                    place["item"],
                    now,
                    new,
                    sent,
                    conflict,
                    "changed here since the workbook was sent" if conflict else "",
                )
            )
    return ImportPreview("agency", path, agency, changes, len(proposed), already, workbook_id, notices)


def _shown_identity(t: Text, places: dict[str, dict[str, Any]]) -> dict[str, tuple[str, ...]]:
    """What the answers sheet shows for each field in its identity columns (aw.IDENTITY), in the workbook's language."""
    return {
        key: tuple(
            cell_text(v) for v in aw.identity_cells(t, p["section"], p["number"], p["weapon"], p["aspect"]).values()
        )
        for key, p in places.items()
    }


def _identity(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(" ".join(text.split()).casefold() for text in texts)


def _describe(texts: tuple[str, ...]) -> str:
    """A row's identity as a person reads it: "B.3 Nuclear weapons (Legal framework)", or "A.1" for section A."""
    section, number, weapon, aspect = (" ".join(t.split()) for t in texts)
    text = f"{section or '?'}.{number or '?'}"
    if weapon:
        text += f" {weapon}" + (f" ({aspect})" if aspect else "")
    return text[:120]


def _read_row(sheet: str, r: int, cells: dict[str, Any], adherence: bool, problems: list[str]) -> dict[str, Any]:
    from openpyxl.utils import get_column_letter

    out: dict[str, Any] = {}
    for name, raw in cells.items():
        ref = f"{sheet}!{get_column_letter(aw.COLUMN_OF[name])}{r}"
        if name in aw.ADHERENCE_ONLY and not adherence:
            if _text(raw).strip():
                problems.append(f"{ref}: this cell is locked for this field and must stay empty")
            continue
        if name == "value":
            value = _value(raw, VALUE_WORDS)
            if value is None:
                problems.append(f"{ref}: “{_text(raw)[:40]}” is not a value of the matrix (X, ?, NA or empty)")
                continue
            out[name] = value
        elif name in aw.DATES:
            value = _date(raw)
            if value is None:
                problems.append(f"{ref}: “{_text(raw)[:40]}” is not a date (YYYY-MM-DD)")
                continue
            out[name] = value or None
        else:
            text = _text(raw)
            limit = aw.TEXT_LIMITS.get(name, records.MAX_TEXT)
            if len(text) > limit:
                problems.append(f"{ref}: {len(text):,} characters, more than the {limit:,} allowed")
                continue
            out[name] = text
    return out


# -- applying ----------------------------------------------------------------------------------------------
def _describe_import(ws: Workspace, preview: ImportPreview, *args: Any, **kwargs: Any) -> Description:
    return Description(
        "import", "agency_workbook" if preview.workbook_id is not None else "matrix_answer", preview.path.name
    )


@operation(_describe_import)
def apply(ws: Workspace, preview: ImportPreview, accepted: set[int] | None = None) -> ImportResult:
    """Write the accepted changes (all when `accepted` is None) as one step, each audited with its source.

    If the data changed between the preview and now, nothing is written: the user previews again.
    """
    chosen = [c for c in preview.changes if accepted is None or c.id in accepted]
    by_field: dict[str, dict[str, Any]] = {}
    for change in chosen:
        by_field.setdefault(change.field_key, {})[change.attribute] = change.new
    source_ws = Workspace(ws.store, source="import")
    summary = f"Imported from {preview.path.name} ({preview.source})"
    with write_transaction(ws.db):
        current = _current(ws, list({c.field_key for c in preview.changes}))
        for change in preview.changes:
            if not _same(change.attribute, current[change.field_key][change.attribute], change.old):
                raise UserError(
                    f"The data changed since the preview ({change.where}, {ATTRIBUTE_LABELS[change.attribute]}); "
                    "nothing was imported. Read the file again to see the changes as they are now."
                )
        for key, values in by_field.items():
            matrix.set_answer(source_ws, key, values, summary=summary)
        if preview.workbook_id is not None:
            ws.db.execute(
                "UPDATE agency_workbook SET status = 'imported', imported_at = ?, imported_changes = ? WHERE id = ?",
                [utc_now(), len(chosen), preview.workbook_id],
            )
        record(
            ws.db,
            source_ws.actor,
            "update",
            "agency_workbook" if preview.workbook_id is not None else "matrix",
            preview.workbook_id or "",
            f"{summary}: {len(chosen)} change(s) in {len(by_field)} field(s) accepted, "
            f"{len(preview.changes) - len(chosen)} not accepted",
            {
                "file": [None, preview.path.name],
                "accepted": [None, len(chosen)],
                "not_accepted": [None, len(preview.changes) - len(chosen)],
            },
        )
    return ImportResult(len(chosen), len(by_field), len(preview.changes) - len(chosen), preview.path)


def describe(preview: ImportPreview) -> str:
    """The preview as text, one change per line (the command line's --dry-run)."""
    kind = f"agency workbook from {preview.source}" if preview.kind == "agency" else "the Committee's matrix"
    lines = [
        f"{preview.path.name}: {kind}; {preview.fields_read} field(s) read, "
        f"{len(preview.changes)} change(s) in {preview.fields_changed} field(s), {len(preview.conflicts)} conflict(s)"
        + (f", {preview.already} already in the database" if preview.already else "")
        + "."
    ]
    lines += [f"note: {n}" for n in preview.notices]

    def show(v: Any) -> str:
        text = "" if v is None else str(v)
        text = text.replace("\n", " ⏎ ")
        return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"

    for c in preview.changes:
        mark = "CONFLICT " if c.conflict else ""
        line = f"  {mark}{c.where} {c.field_key} {ATTRIBUTE_LABELS[c.attribute]}: {show(c.old)} → {show(c.new)}"
        if c.conflict and preview.kind == "agency":
            line += f" (sent as {show(c.baseline)}, {c.reason})"
        elif c.conflict:
            line += f" ({c.reason})"
        lines.append(line)
    return "\n".join(lines)
