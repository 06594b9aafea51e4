"""Exporting a document: build it, write it beside the target, check it, then put it in place.

The file is written under a temporary name in the target folder (`app.outputs.atomic_output`: what a
killed export leaves is swept at the next start) and only replaces the target once it has been
re-opened and found to hold every field, action, request and law the database has for it: a failed,
cancelled or interrupted export never leaves a partial file behind, nor destroys the previous one.
The target is never the database or a file the application keeps (`app.outputs.check_output_path`).
The GUI and the command line both call `export_document`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from app import clock, preferences
from app.errors import UserError
from app.exports import outgoing
from app.exports.document import Document, key_counts
from app.exports.text import Text
from app.outputs import atomic_output, check_output_path
from app.submissions import FORMATS, KINDS, Submitting
from app.workspace import Workspace

if TYPE_CHECKING:
    from app.exports.xlsx import Written

HANDOVER = "handover"  # the handover pack (app.handover): PDF only, written with a project package; not listed in KINDS
_FILE_STEMS = {
    "report": "national-report",
    "matrix": "matrix",
    "nap": "action-plan",
    "assistance": "assistance-request",
    HANDOVER: "handover",
}


class ExportCheckError(UserError):
    """The written file does not hold what the database holds: it is not kept."""


class ExportCancelled(UserError):
    """The user cancelled the export; nothing was written."""


@dataclass
class ExportResult:
    path: Path
    kind: str
    fmt: str
    lang: str
    counts: dict[str, int]
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    scope: str = "full"
    request_id: int | None = None


def default_file_name(
    kind: str,
    fmt: str,
    lang: str,
    state_code: str,
    *,
    request_id: int | None = None,
    scope: str = "full",
    today: str | None = None,
) -> str:
    """A name that says what the file is: "XEX-national-report-2026-11-23-en.pdf"."""
    stem = _FILE_STEMS[kind] + (f"-{request_id}" if request_id else "") + ("-changes" if scope == "changes" else "")
    return f"{state_code}-{stem}-{today or clock.today_iso()}-{lang}.{fmt}"


def build(
    ws: Workspace,
    kind: str,
    lang: str,
    *,
    request_id: int | None = None,
    scope: str = "full",
    today: str | None = None,
    submitting: Submitting | None = None,
) -> Document:
    from app.exports import builders  # the document builders, loaded when a document is built

    if kind == HANDOVER:  # built by app.handover, which passes its builder to export_document
        raise UserError("The handover pack is written with its project package (File > Handover pack).")
    if kind == "report":
        return builders.build_report(ws, lang, scope, today, submitting)
    if kind == "assistance":
        return builders.build_assistance(ws, lang, request_id, today, submitting)
    return builders.BUILDERS[kind](ws, lang, today)


def _check_counts(found: dict[str, int], expected: dict[str, int], where: str) -> None:
    for kind, count in expected.items():
        if found.get(kind, 0) != count:
            raise ExportCheckError(
                f"The {where} holds {found.get(kind, 0)} {kind} record(s) but the database has {count}: "
                "the file was not kept. Please report this problem."
            )


def _verify_pdf(path: Path, doc: Document, pages: int) -> dict[str, int]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        page_count = len(reader.pages)
        names = {str(name).lstrip("/") for name in reader.named_destinations}
    except (PdfReadError, OSError, ValueError) as exc:
        raise ExportCheckError(f"The PDF just written cannot be read back ({exc}); it was not kept.") from exc
    if page_count != pages or page_count == 0:
        raise ExportCheckError(f"The PDF just written has {page_count} pages instead of {pages}; it was not kept.")
    wanted = doc.keys()
    missing = [name for k in wanted for name in k.split() if name not in names]
    if missing:
        raise ExportCheckError(
            f"The PDF just written lacks {len(missing)} record(s) (first: {missing[0]}); it was not kept."
        )
    return key_counts(name for k in wanted for name in k.split())


def _verify_xlsx(path: Path, doc: Document, written: Written) -> dict[str, int]:
    with open(
        path, "rb"
    ) as handle:  # read through a handle: openpyxl judges a path by its extension, --out may have none
        return _verify_open_xlsx(handle, doc, written)


def _verify_open_xlsx(handle: BinaryIO, doc: Document, written: Written) -> dict[str, int]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(handle, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise ExportCheckError(f"The workbook just written cannot be read back ({exc}); it was not kept.") from exc
    try:
        by_sheet: dict[str, dict[int | None, tuple[Any, ...]]] = {}
        for sheet_name in {s for s, *_ in written.rows}:
            by_sheet[sheet_name] = {
                row[0].row: row for row in wb[sheet_name].iter_rows() if row and getattr(row[0], "row", None)
            }
        for sheet_name, row_number, key, cells in written.rows:
            row = by_sheet.get(sheet_name, {}).get(row_number)
            values = [("" if c.value is None else str(c.value)) for c in row] if row else []
            if not values or values[0] != key:
                raise ExportCheckError(f"The workbook just written lacks the record {key}; it was not kept.")
            for index, text in enumerate(cells, 1):
                found = values[index] if index < len(values) else ""
                if found != text:
                    raise ExportCheckError(
                        f"The workbook just written differs from the data at {key} "
                        f"(sheet {sheet_name}, row {row_number}); it was not kept."
                    )
    finally:
        wb.close()
    return key_counts(name for _, _, key, _ in written.rows for name in key.split())


def export_document(
    ws: Workspace,
    kind: str,
    fmt: str,
    lang: str,
    out: str | Path,
    *,
    request_id: int | None = None,
    scope: str = "full",
    today: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    builder: Callable[[], Document] | None = None,
    on_checked: Callable[[Path, dict[str, int]], None] | None = None,
    credit: bool | None = None,
    submitting: Submitting | None = None,
) -> ExportResult:
    """Write one document as PDF or Excel to `out`, checked; return what was written.

    `builder()` makes the document when the caller builds it itself (the handover pack, app.handover, which
    names the project package written with it); otherwise `build` makes it from `kind`.
    `progress(stage, done, total)` is called as the export advances (stage is a catalogue key);
    `cancelled()` is polled and, when it returns True, the export stops and writes nothing.
    `on_checked(file, counts)` (marking the document as submitted) runs once the file is written and
    checked, still under its temporary name, before it is put at `out`: if it fails, nothing is kept. A document
    exported so is the one sent: it carries no DRAFT mark (app.exports.outgoing), which any other export of the
    report, the matrix or the plan carries. `credit` names the software in the footer (None: the user's choice in
    Settings, off unless chosen).
    `submitting` (with `on_checked`): the date and note number the document is submitted with, which it carries.
    """
    if kind not in KINDS and kind != HANDOVER:
        raise UserError(f"Unknown document {kind!r}: choose one of {', '.join(KINDS)}.")
    if kind == HANDOVER and fmt != "pdf":
        raise UserError("The handover pack is written as PDF only.")
    if fmt not in FORMATS:
        raise UserError(f"Unknown format {fmt!r}: choose pdf or xlsx.")
    started = time.perf_counter()
    out = check_output_path(out, ws.path)  # never the database, its documents, or a file the application keeps
    if not out.parent.is_dir():
        raise UserError(f"The folder {out.parent} does not exist.")
    report = progress or (lambda *a: None)

    def check_cancel() -> None:
        if cancelled and cancelled():
            raise ExportCancelled("Export cancelled: nothing was written.")

    report("progress.collect", 0, 4)
    today = today or clock.today_iso()  # one date for the document and its footer
    doc = (
        builder()
        if builder is not None
        else build(ws, kind, lang, request_id=request_id, scope=scope, today=today, submitting=submitting)
    )
    if credit is None:
        credit = preferences.load().credit_software
    outgoing.prepare(doc, today, submitting=on_checked is not None, credit=credit)
    # Document.keys() (its record keys), not a dict's
    _check_counts(key_counts(name for k in doc.keys() for name in k.split()), doc.expected, "document")  # noqa: SIM118
    check_cancel()
    warnings: list[str] = []
    pages = 0
    recorded = False
    try:
        with atomic_output(out) as output:
            temp = output.temp
            if fmt == "pdf":
                from app.exports.fonts import font_set
                from app.exports.pdf import document_texts, write_pdf

                fonts = font_set(lang)  # FontUnavailableError (a clear message) before anything is written
                missing = fonts.missing("\n".join(document_texts(doc)))
                if missing:
                    warnings.append(missing_characters_warning(missing))
                report("progress.layout", 1, 4)
                pages = write_pdf(doc, temp, check_cancel=check_cancel)
                check_cancel()
                report("progress.verify", 3, 4)
                counts = _verify_pdf(temp, doc, pages)
            else:
                from app.exports.xlsx import write_xlsx

                report("progress.write", 1, 4)
                written = write_xlsx(doc, temp, progress=lambda *_: check_cancel())
                check_cancel()
                report("progress.verify", 3, 4)
                counts = _verify_xlsx(temp, doc, written)
            _check_counts(counts, doc.expected, "file just written")
            check_cancel()  # a cancel during the check still keeps nothing: the file is not in place yet
            if on_checked is not None:
                on_checked(temp, {k: counts.get(k, 0) for k in doc.expected})
                recorded = True
            output.commit()
    except OSError as exc:
        if recorded:  # the record holds the checked document itself: it can be saved again from there
            raise UserError(
                f"The document was marked as submitted and is kept in the database, but {out} could not "
                f"be written ({exc.strerror or exc}): save a copy from the submitted documents."
            ) from exc
        raise UserError(
            f"Cannot write {out} ({exc.strerror or exc}). Check the folder and the free disk space; "
            "any previous file of that name is unchanged."
        ) from exc
    report("progress.verify", 4, 4)
    return ExportResult(
        out,
        kind,
        fmt,
        lang,
        {k: counts.get(k, 0) for k in doc.expected},
        pages,
        warnings,
        time.perf_counter() - started,
        scope,
        request_id,
    )


def missing_characters_warning(missing: list[str]) -> str:
    """One line naming the characters that neither the fonts carried with the application nor those of this
    computer can draw: the PDF shows each as its code, e.g. "[U+1FAE8]", never an empty box."""
    shown = ", ".join(f"{ch} [U+{ord(ch):04X}]" for ch in missing[:8])
    more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
    return (
        f"{len(missing)} character(s) have no font, neither among those carried with the application nor on "
        f"this computer, and are written in the PDF as their code: {shown}{more}. Everything else is written."
    )


def describe(result: ExportResult) -> str:
    """One line for the user: what was written and what it holds (in English, for the command line)."""
    held = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in result.counts.items())
    pages = f", {result.pages} pages" if result.pages else ""
    return f"Wrote {result.path} ({Text(result.lang)('_language_name')}{pages}; checked: {held}) in {result.seconds:.2f} s."
