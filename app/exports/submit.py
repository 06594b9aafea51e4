"""Marking a document as submitted: it is written again as it is sent, carrying its date and note verbale number.

The GUI's "Mark as submitted" and the command line's `export --mark-submitted` both call `export_submitted`, so the
document kept is always the one written with the number typed (never a draft saying "not stated").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app import submissions
from app.changes import Changes
from app.exports.service import ExportResult, export_document
from app.outputs import check_output_path
from app.workspace import Workspace


def export_submitted(
    ws: Workspace,
    kind: str,
    fmt: str,
    lang: str,
    out: str | Path,
    *,
    submitted_on: str | None = None,
    reference: str = "",
    note: str = "",
    scope: str = "full",
    request_id: int | None = None,
    today: str | None = None,
    run: Callable[..., Changes[int]] | None = None,
    credit: bool | None = None,
) -> tuple[ExportResult, int]:
    """Write the document as it is submitted, carrying the date and note number given, and keep it as submitted.

    The file is written and checked, recorded as submitted (`submissions.mark_submitted`) while still under its temporary
    name, then put at `out`: the document kept is the one written, with its number, and a failure keeps nothing.
    `run(operation, *args, **kwargs)` runs the recording (the interface passes its session's, which announces
    the change); by default it is called on `ws`. `credit` as for `export_document`. Returns what was written
    and the submission's id.
    """
    submitted_on, reference = submissions.check_submission(submitted_on, reference, today)  # before anything is written
    target = check_output_path(out, ws.path)
    recorded: list[int] = []

    def mark(checked: Path, counts: dict[str, int]) -> None:
        changes = (run or (lambda operation, *a, **k: operation(ws, *a, **k)))(
            submissions.mark_submitted,
            checked,
            kind=kind,
            fmt=fmt,
            lang=lang,
            submitted_on=submitted_on,
            reference=reference,
            note=note,
            scope=scope,
            request_id=request_id,
            counts=counts,
            file_name=target.name,
        )
        assert changes.value is not None  # mark_submitted returns the submission's id
        recorded.append(changes.value)

    result = export_document(
        ws,
        kind,
        fmt,
        lang,
        target,
        request_id=request_id,
        scope=scope,
        today=today,
        on_checked=mark,
        submitting=submissions.Submitting(submitted_on, reference),
        credit=credit,
    )
    return result, recorded[0]
