"""The national report's own text, and the record of every document marked as submitted.

"Mark as submitted" keeps, read-only, the exported file exactly as it was sent and a snapshot of the
data behind it (every matrix field with its legal references, the laws, the plan's actions, the
requests). The report of "changes since the last submitted report" compares the current data with
that snapshot field by field. The database refuses to change or delete a submission (a trigger), so
the history cannot be rewritten by mistake.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import LANGUAGES, clock, matrix_template, records
from app.audit import diff, record, utc_now
from app.changes import Description
from app.errors import NotFoundError, UserError, ValidationError
from app.outputs import check_output_path, display_name, write_atomically
from app.records import Column, RecordKind
from app.steps import operation
from app.workspace import Workspace
from db import write_transaction

KINDS = ("report", "matrix", "nap", "assistance")
FORMATS = ("pdf", "xlsx")
SCOPES = ("full", "changes")
REPORT_TYPES = ("first", "additional")
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
SNAPSHOT_FORMAT = 1

REPORT_SETTINGS = RecordKind(
    table="report_settings",
    title_column="reference",
    columns=(
        Column("report_type", "choice", choices=REPORT_TYPES),
        Column("reference", max_length=200),
        Column("report_date", "date"),
        Column("committee_note_reference", max_length=200),
        Column("committee_note_date", "date"),
        Column("national_context"),
        Column("other_measures"),
    ),
)

# What a field's entry says, compared one by one for "changes since the last submitted report".
FIELD_PARTS = ("value", "citations", "source", "remarks", "details")


# -- the report's own text -------------------------------------------------------------------------
def report_settings(ws: Workspace) -> dict[str, Any]:
    """The covering note and introduction of the report being prepared (defaults before any edit)."""
    found = records.rows(ws.db, "SELECT * FROM report_settings WHERE id = 1")
    if found:
        return found[0]
    default_type = (
        "additional"
        if (ws.db.execute("SELECT first_report_date FROM state_profile WHERE id = 1").fetchone() or [None])[0]
        else "first"
    )
    return {
        "id": 1,
        "report_type": default_type,
        "reference": "",
        "report_date": None,
        "committee_note_reference": "",
        "committee_note_date": None,
        "national_context": "",
        "other_measures": "",
        "updated_at": None,
    }


@operation(lambda ws, values: Description("save", "report_settings"))
def save_report_settings(ws: Workspace, values: dict[str, Any]) -> dict[str, Any]:
    """Save the report's text; return what changed."""
    data = records.clean(REPORT_SETTINGS, values, partial=True)
    before = report_settings(ws)
    after = {**before, **data}
    changes = diff({k: before.get(k) for k in data}, data)
    if not changes:
        return {}
    with write_transaction(ws.db):
        ws.db.execute(
            "INSERT INTO report_settings (id, report_type, reference, report_date, committee_note_reference, "
            "committee_note_date, national_context, other_measures, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET report_type = excluded.report_type, "
            "reference = excluded.reference, report_date = excluded.report_date, "
            "committee_note_reference = excluded.committee_note_reference, "
            "committee_note_date = excluded.committee_note_date, "
            "national_context = excluded.national_context, other_measures = excluded.other_measures, "
            "updated_at = excluded.updated_at",
            [
                after["report_type"],
                after["reference"] or "",
                after["report_date"],
                after["committee_note_reference"] or "",
                after["committee_note_date"],
                after["national_context"] or "",
                after["other_measures"] or "",
                utc_now(),
            ],
        )
        record(ws.db, ws.actor, "update", "report_settings", 1, "Report text changed", changes)
    return changes


# -- snapshots ---------------------------------------------------------------------------------------
def field_entries(ws: Workspace) -> dict[str, dict[str, Any]]:
    """Every matrix field as reported: value, legal references, source, remarks and details."""
    entries: dict[str, dict[str, Any]] = {
        key: {"value": "", "citations": [], "source": "", "remarks": "", "details": ""}
        for (key,) in ws.db.execute("SELECT key FROM matrix_field").fetchall()
    }
    for a in records.rows(
        ws.db,
        "SELECT field_key, value, source, remarks, adherence_details, signature_date, "
        "ratification_date, entry_into_force_date FROM matrix_answer",
    ):
        entry = entries.get(a["field_key"])
        if entry is None:
            continue
        dates = [
            f"{label}: {a[col]}"
            for label, col in (
                ("signature", "signature_date"),
                ("ratification", "ratification_date"),
                ("entry into force", "entry_into_force_date"),
            )
            if a[col]
        ]
        entry.update(
            value=a["value"] or "",
            source=a["source"] or "",
            remarks=a["remarks"] or "",
            details="; ".join([*([a["adherence_details"]] if a["adherence_details"] else []), *dates]),
        )
    for c in records.rows(
        ws.db,
        "SELECT c.field_key, l.id, l.title_original, c.article FROM matrix_citation c "
        "JOIN legal_instrument l ON l.id = c.legal_instrument_id ORDER BY c.field_key, c.ordinal",
    ):
        if c["field_key"] in entries:
            entries[c["field_key"]]["citations"].append(
                {"law_id": c["id"], "title": c["title_original"], "article": c["article"] or ""}
            )
    return entries


def current_data(ws: Workspace) -> dict[str, Any]:
    """The data a report is made of, as a JSON-ready snapshot."""
    plan = ws.db.execute("SELECT id FROM action_plan WHERE frozen_on IS NULL ORDER BY id DESC LIMIT 1").fetchone()
    return {
        "format": SNAPSHOT_FORMAT,
        "template_version": matrix_template.current_version(ws),
        "fields": field_entries(ws),
        "laws": {
            str(r["id"]): r
            for r in records.rows(
                ws.db, "SELECT id, title_original, title_en, number, date_adopted, status FROM legal_instrument"
            )
        },
        "actions": {
            str(r["id"]): r
            for r in records.rows(
                ws.db,
                "SELECT id, title, status, progress, due_date FROM plan_action WHERE plan_id = ?",
                [plan[0] if plan else -1],
            )
        },
        "requests": {
            str(r["id"]): r for r in records.rows(ws.db, "SELECT id, title, status, sent_on FROM assistance_request")
        },
    }


def _citation_text(citations: list[dict[str, Any]]) -> str:
    return "; ".join(c["title"] + (f" ({c['article']})" if c["article"] else "") for c in citations)


def compare_fields(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The fields whose entry differs, in key order: {key, parts (what changed), before, after}."""
    changed = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old is None or new is None:
            changed.append({"key": key, "parts": ["added" if old is None else "removed"], "before": old, "after": new})
            continue
        parts = [
            p
            for p in FIELD_PARTS
            if (_citation_text(old[p]) if p == "citations" else old[p])
            != (_citation_text(new[p]) if p == "citations" else new[p])
        ]
        if parts:
            changed.append({"key": key, "parts": parts, "before": old, "after": new})
    return changed


# -- submissions ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Submitting:
    """A document being written to be marked as submitted: the date it is sent and its note verbale number,
    which the document itself carries (the covering note's number, place and date; the request's reference)."""

    submitted_on: str
    reference: str = ""


def check_submission(submitted_on: str | None, reference: str = "", today: str | None = None) -> tuple[str, str]:
    """The date and reference of a submission, checked and normalised; ValidationError if one is wrong.

    Called before anything is exported, so that a wrong date never leaves a file behind.
    """
    today = today or clock.today_iso()
    submitted_on = records.parse_date(submitted_on, "submitted_on") or today
    if submitted_on > today:
        raise ValidationError("submitted_on", "in_future", "A document cannot be submitted on a future date.")
    reference = str(reference or "").strip()
    if len(reference) > 200:
        raise ValidationError("reference", "too_long", "The reference is longer than 200 characters.")
    return submitted_on, reference


def _describe_submission(
    ws: Workspace, path: str | Path, *args: Any, file_name: str | None = None, **kwargs: Any
) -> Description:
    return Description("submit", "submission", display_name(file_name or Path(path).name))


@operation(_describe_submission, undoable="submitted")
def mark_submitted(
    ws: Workspace,
    path: str | Path,
    *,
    kind: str,
    fmt: str,
    lang: str,
    submitted_on: str | None = None,
    reference: str = "",
    note: str = "",
    scope: str = "full",
    request_id: int | None = None,
    counts: dict[str, Any] | None = None,
    file_name: str | None = None,
) -> int:
    """Keep the exported file at `path` and the data behind it as a read-only submission.

    `file_name` is the name recorded (by default the file's own; an export being put in place passes
    the name it will have).
    """
    if kind not in KINDS or fmt not in FORMATS or lang not in LANGUAGES or scope not in SCOPES:
        raise ValidationError("kind", "invalid_choice", "Unknown document, format, language or scope.")
    submitted_on, reference = check_submission(submitted_on, reference)
    path = Path(path)
    file_name = display_name(file_name or path.name)
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise UserError(f"{path.name} is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB.")
        content = path.read_bytes()
    except OSError as exc:
        raise UserError(f"The exported file {path} cannot be read ({exc.strerror or exc}).") from exc
    snapshot = json.dumps(current_data(ws), ensure_ascii=False, default=str)
    with write_transaction(ws.db):
        cursor = ws.db.execute(
            "INSERT INTO submission (kind, scope, request_id, submitted_on, reference, note, lang, format, file_name, "
            "document, sha256, snapshot, counts, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                kind,
                scope,
                request_id,
                submitted_on,
                reference,
                str(note or ""),
                lang,
                fmt,
                file_name,
                content,
                hashlib.sha256(content).hexdigest(),
                snapshot,
                json.dumps(counts or {}),
                utc_now(),
                ws.actor.name,
            ],
        )
        submission_id = cursor.lastrowid
        assert submission_id is not None  # an INSERT sets it
        if kind == "report":
            _record_report_date(ws, submitted_on, reference)
        record(
            ws.db,
            ws.actor,
            "create",
            "submission",
            submission_id,
            f"{kind} ({fmt}, {lang}) marked as submitted on {submitted_on}",
            {"file": file_name, "reference": reference},
        )
    return submission_id


def _record_report_date(ws: Workspace, submitted_on: str, reference: str) -> None:
    """A submitted report is also a reporting date of the State profile (first report, then additional)."""
    first = ws.db.execute("SELECT first_report_date FROM state_profile WHERE id = 1").fetchone()
    if first is None:
        return
    if not first[0]:
        ws.db.execute(
            "UPDATE state_profile SET first_report_date = ?, updated_at = ? WHERE id = 1", [submitted_on, utc_now()]
        )
    elif (
        first[0] != submitted_on
        and ws.db.execute("SELECT 1 FROM additional_report WHERE submitted_on = ?", [submitted_on]).fetchone() is None
    ):
        now = utc_now()
        ws.db.execute(
            "INSERT INTO additional_report (submitted_on, reference, notes, created_at, updated_at) "
            "VALUES (?, ?, '', ?, ?)",
            [submitted_on, reference, now, now],
        )


_LIST_COLUMNS = (
    "id, kind, scope, request_id, submitted_on, reference, note, lang, format, file_name, "
    "length(document) AS size, sha256, counts, created_at, created_by"
)


def list_submissions(ws: Workspace, kind: str | None = None, limit: int = -1) -> list[dict[str, Any]]:
    """The history of submissions, newest first (without the documents themselves); `limit` rows at most.

    Reading a row's columns means walking past its document and snapshot (megabytes each after ten years), so
    a caller that wants the newest asks for one."""
    where, params = ("WHERE kind = ?", [kind]) if kind else ("", [])
    found = records.rows(
        ws.db,
        f"SELECT {_LIST_COLUMNS} FROM submission {where} ORDER BY submitted_on DESC, id DESC LIMIT ?",
        [*params, limit],
    )
    for item in found:
        item["counts"] = json.loads(item["counts"] or "{}")
    return found


def last_report_submission(ws: Workspace) -> dict[str, Any] | None:
    """The most recent submitted report (full or changes), or None."""
    found = list_submissions(ws, "report", limit=1)
    return found[0] if found else None


def snapshot(ws: Workspace, submission_id: int) -> dict[str, Any]:
    row = ws.db.execute("SELECT snapshot FROM submission WHERE id = ?", [submission_id]).fetchone()
    if row is None:
        raise NotFoundError(f"Submission {submission_id} does not exist.")
    snapshot: dict[str, Any] = json.loads(row[0])
    return snapshot


def save_document_copy(ws: Workspace, submission_id: int, out: str | Path) -> Path:
    """Write the document exactly as it was submitted to `out` (checked against its fingerprint)."""
    row = ws.db.execute("SELECT document, sha256 FROM submission WHERE id = ?", [submission_id]).fetchone()
    if row is None:
        raise NotFoundError(f"Submission {submission_id} does not exist.")
    content, fingerprint = row
    if hashlib.sha256(content).hexdigest() != fingerprint:
        raise UserError("The stored copy of this submission is damaged (its fingerprint does not match).")
    out = check_output_path(out, ws.path)
    try:
        return write_atomically(out, lambda handle: handle.write(content))
    except OSError as exc:
        raise UserError(f"Cannot write {out} ({exc.strerror or exc}); nothing was written.") from exc


def changes_since_last_report(
    ws: Workspace, current: dict[str, dict[str, Any]] | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    """The last submitted report, the fields changed since, and the fields as that report gave them.

    `current` is `field_entries(ws)` when the caller has already read it.
    """
    last = last_report_submission(ws)
    if last is None:
        raise UserError(
            "No report has been marked as submitted yet: export the full report, "
            "then mark it as submitted, to report changes later."
        )
    before = snapshot(ws, last["id"])["fields"]
    return last, compare_fields(before, current if current is not None else field_entries(ws)), before
