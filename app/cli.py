"""The command line: the same domain operations as the GUI, for scripts and trainers.

`main.py` parses with `build_parser()`; without a command it starts the GUI, otherwise it calls
`run_command()`; this module never imports the GUI. Errors are one line on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from app import APP_NAME, APP_VERSION, LANGUAGES
from app.changes import Description
from app.errors import UserError
from app.paths import default_database_path
from db import DatabaseError

EXPORT_KINDS = ("report", "matrix", "nap", "assistance")

EPILOG = f"""\
Without a command, the graphical application starts on --db (default: {default_database_path()}).
With a FILE instead of a command, it opens that database, or starts on the default one and offers to restore the
package FILE (.un1540) or to import the workbook FILE (.xlsx); what FILE is comes from its content.

examples:
  python main.py                                  open the application on your data
  python main.py state-2026-11-23.un1540          open the application and offer to restore this package
  python main.py customs.xlsx                     open the application and preview this returned workbook
  python main.py demo --db training.sqlite3       create or reset the training State (Examplia)
  python main.py check --db training.sqlite3      integrity check (exit 0 healthy, 1 not)
  python main.py backup --db state.sqlite3 --out state-2026-11-23.un1540
  python main.py backup --out state.un1540 --encrypt   passphrase from UN1540_PASSPHRASE, or asked
  python main.py restore state-2026-11-23.un1540 --db state.sqlite3
  python main.py backups --db state.sqlite3       list the daily backups kept on this computer
  python main.py export report --format pdf --lang fr --out rapport.pdf
  python main.py export assistance --id 2 --format xlsx --lang es --out solicitud.xlsx
  python main.py agency-workbook --agency "Customs" --sections C,D --due 2027-01-31 --out customs.xlsx
  python main.py import customs.xlsx --dry-run     show what the returned workbook would change
  python main.py handover --out handover/ --lang fr --encrypt   PDF for a successor and the project package
  python main.py history --db state.sqlite3       the changes that can be undone, newest first
  python main.py history field OP1.npt            one item's history: field, action, request or law (by id)
  python main.py undo --db state.sqlite3          take back the last change (redo: do it again)
  python main.py search "customs export" --json   find fields, laws, actions, requests, contacts

exit status: 0 done, 1 error (one line on stderr; an import that is refused lists every problem), 2 usage error.
"""


class _VersionAction(argparse.Action):
    """--version after other options: the version and build, as `un1540 --version` alone prints them (un1540/);
    the build is read only when asked, not for every command."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        kwargs.setdefault("help", "show the version and build, and exit")
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, **kwargs)

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        from app.build_info import version_text

        print(version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="FILE",
        type=Path,
        default=argparse.SUPPRESS,
        help="the State's database file (default: the file in your data folder)",
    )
    digits_option = argparse.ArgumentParser(add_help=False)
    digits_option.add_argument(
        "--digits",
        choices=("latin", "arabic-indic"),
        default=None,
        help="digits of an Arabic document: latin (as the UN writes, the default) or arabic-indic; "
        "default: your choice in the application's Settings",
    )
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=f"{APP_NAME} {APP_VERSION}: implementation matrix, action plan, assistance requests "
        "and national reports under UN Security Council resolution 1540 (2004).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[db_option],
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the GUI, exit with status 0 once the main window has painted with data loaded (before the "
        "daily backup, which starts after that first paint); with a FILE to open nothing is asked, and the status is 1 "
        "if FILE is none of a database, a package or a workbook",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser(
        "demo",
        parents=[db_option],
        help="create (or reset) the fictional training State, Republic of Examplia",
        description="Create the training State in --db, or reset it if --db already holds it. "
        "A database holding a real State is never overwritten.",
    )
    commands.add_parser(
        "check",
        parents=[db_option],
        help="integrity check; exit 0 healthy, 1 not, with a reason",
        description="Check the database read-only: SQLite integrity, references, schema and matrix template.",
    )
    export = commands.add_parser(
        "export",
        parents=[db_option, digits_option],
        help="export a document as PDF or Excel",
        description="Export the national report, the matrix, the action plan (nap) or one assistance request.",
    )
    export.add_argument("kind", choices=EXPORT_KINDS, metavar="KIND", help="one of: " + ", ".join(EXPORT_KINDS))
    export.add_argument("--format", choices=("pdf", "xlsx"), required=True)
    export.add_argument("--lang", choices=LANGUAGES, default="en", help="language of labels and headings")
    export.add_argument("--out", metavar="FILE", type=Path, required=True)
    export.add_argument("--id", metavar="N", type=int, help="the assistance request to export")
    export.add_argument(
        "--scope",
        choices=("full", "changes"),
        default="full",
        help="report only: the full report, or the changes since the last submitted report",
    )
    export.add_argument(
        "--mark-submitted",
        metavar="DATE",
        dest="submitted_on",
        help="keep the file and the data behind it as submitted on DATE (YYYY-MM-DD)",
    )
    export.add_argument(
        "--reference",
        default="",
        help="with --mark-submitted: the number of the note verbale it is sent with (printed on the document)",
    )
    export.add_argument(
        "--credit",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="name 1540 Focal Point in the footer of every page (default: as chosen in Settings, off)",
    )
    report_text = commands.add_parser(
        "report-text",
        parents=[db_option],
        help="show or set the national report's covering note: its number, date and the Committee's note it answers",
        description="Without options, print the covering note's settings of the national report being prepared. "
        "With options, change them (an empty value clears one): the number of the note verbale, the date of the "
        "report, and the reference and date of the Committee's note that the report answers, which the covering "
        "note cites.",
    )
    report_text.add_argument(
        "--type", dest="report_type", choices=("first", "additional"), help="first report or additional information"
    )
    report_text.add_argument("--reference", help="the number of the covering note verbale")
    report_text.add_argument("--date", dest="report_date", metavar="DATE", help="the date of the report (YYYY-MM-DD)")
    report_text.add_argument(
        "--committee-note",
        dest="committee_note_reference",
        metavar="REFERENCE",
        help="the reference of the Committee's note the report answers",
    )
    report_text.add_argument(
        "--committee-note-date", dest="committee_note_date", metavar="DATE", help="the date of the Committee's note"
    )
    importer = commands.add_parser(
        "import",
        parents=[db_option],
        help="import a workbook returned by an agency, or the Committee's matrix",
        description="Check the whole workbook (an agency workbook sent from this database, or the State's matrix "
        "typed into Excel in the Committee's layout), list every change field by field, and apply them in one "
        "transaction recorded in the audit log. A change to a field that was also changed here since the workbook "
        "was sent (a conflict) is applied only with --overwrite-conflicts.",
    )
    importer.add_argument("file", metavar="FILE", type=Path)
    importer.add_argument("--dry-run", action="store_true", help="print the changes without applying them")
    importer.add_argument(
        "--overwrite-conflicts",
        action="store_true",
        help="also apply the changes marked as conflicts (by default they are left out)",
    )
    agency = commands.add_parser(
        "agency-workbook",
        parents=[db_option, digits_option],
        help="write a workbook for an agency to fill in and send back",
        description="Write an Excel workbook with the chosen matrix fields and their current answers for an agency; "
        "it is recorded as awaited until it is imported.",
    )
    agency.add_argument("--agency", required=True, help="the agency's name or acronym (as in the register)")
    agency.add_argument("--sections", default="", help="sections to include, e.g. B,C (default: all)")
    agency.add_argument(
        "--responsible", action="store_true", help="only the fields for which the agency is recorded as responsible"
    )
    agency.add_argument("--lang", choices=LANGUAGES, default="en")
    agency.add_argument("--due", metavar="DATE", help="reply wanted by DATE (YYYY-MM-DD)")
    agency.add_argument("--note", default="", help="a note to the agency, shown on the instructions sheet")
    agency.add_argument("--out", metavar="FILE", type=Path, required=True)
    agency.add_argument(
        "--overwrite",
        action="store_true",
        help="replace FILE if it exists (by default it is kept and nothing is written)",
    )
    backup = commands.add_parser(
        "backup",
        parents=[db_option],
        help="write the database and its documents to one package file (.un1540)",
        description="Write a package holding a consistent copy of the database and every attached document. "
        "With --encrypt, the passphrase comes from the environment variable UN1540_PASSPHRASE or is asked.",
    )
    backup.add_argument("--out", metavar="FILE", type=Path, required=True, help="the package to write (FILE.un1540)")
    backup.add_argument("--encrypt", action="store_true", help="encrypt the package with a passphrase")
    restore = commands.add_parser(
        "restore",
        parents=[db_option],
        help="replace the database with a backup (the current data is kept aside first)",
        description="Restore a package (.un1540) or a plain database backup of older versions. Everything is "
        "checked first; the current data is then kept aside as a package beside the database. An encrypted "
        "package takes its passphrase from UN1540_PASSPHRASE or asks for it.",
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    commands.add_parser(
        "backups",
        parents=[db_option],
        help="list the daily backups of the database kept on this computer",
        description="List the rolling daily backups of --db, newest first: day, size, State and file.",
    )
    handover = commands.add_parser(
        "handover",
        parents=[db_option, digits_option],
        help="write the handover pack for a successor: one PDF and the project package",
        description="Write in FOLDER a PDF listing the State profile, agencies and points of contact, submissions, open "
        "actions and assistance requests, agency workbooks awaited and where the evidence is, and the project package "
        "(.un1540) it names. With --encrypt, the package's passphrase comes from UN1540_PASSPHRASE or is asked.",
    )
    handover.add_argument("--out", metavar="FOLDER", type=Path, required=True, help="the folder to write both files in")
    handover.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the PDF")
    handover.add_argument("--encrypt", action="store_true", help="encrypt the project package with a passphrase")
    commands.add_parser(
        "undo",
        parents=[db_option],
        help="take back the last change made to the database (in any window or here)",
        description="Take back the newest change still done (the same undo as Edit > Undo). It is refused, and "
        "nothing is changed, when a record it changed was changed since, or when it cannot be undone (a frozen plan "
        "version, a submission, a workbook sent, a restore).",
    )
    commands.add_parser(
        "redo",
        parents=[db_option],
        help="do again the change undone last",
        description="Do again the change undone last; refused, and nothing changed, when a record it wrote was "
        "changed since or a new change was made after the undo.",
    )
    history = commands.add_parser(
        "history",
        parents=[db_option],
        help="list the changes that can be undone or redone, newest first",
        description="List the recorded changes, newest first: when, who, from where, what, and whether it can be "
        "undone, was undone (can be redone) or cannot be undone.",
    )
    history.add_argument("--limit", metavar="N", type=int, default=50, help="how many changes to list (default 50)")
    history.add_argument(
        "kind", nargs="?", choices=("field", "action", "request", "law"), help="list one item's own history instead"
    )
    history.add_argument("id", nargs="?", help="the item: a matrix field's key (e.g. OP1.npt) or a record's number")
    search = commands.add_parser(
        "search",
        parents=[db_option],
        help="find matrix fields, laws, actions, requests, agencies and contacts holding some words",
        description="Find every record holding all the words of TEXT (without case or accents, in any script): "
        "matrix fields, laws, the action plan, assistance requests, providers and offers, agencies and points of "
        "contact; records named by the words first. Each line says which part matched. Nothing is changed.",
    )
    search.add_argument("text", metavar="TEXT", help="the words to look for")
    search.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the matrix labels shown")
    search.add_argument("--limit", metavar="N", type=int, default=50, help="how many records to list (default 50)")
    search.add_argument("--json", action="store_true", help="print the records found as JSON")
    return parser


def database_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_database_path()).expanduser()


def _existing_database(path: Path) -> None:
    """UserError unless `path` is a file holding something: a command that reads a State never makes one."""
    if not path.exists():
        raise UserError(f"{path} does not exist.")
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:
        return  # opening it will say why
    if empty:
        raise UserError(
            f"{path} is empty: it holds no State's data (start the application on it to set one up). "
            "Nothing was written."
        )


def _demo(args: argparse.Namespace) -> int:
    from app.demo import build_demo

    counts = build_demo(database_path(args))
    print(
        f"Training State ready in {database_path(args)}: {counts['agencies']} agencies, "
        f"{counts['contacts']} points of contact, {counts['laws']} laws, {counts['answers']} matrix answers, "
        f"{counts['actions']} action plan actions, {counts['requests']} assistance requests."
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from app.check import check_report

    path = database_path(args)
    report = check_report(path)
    for note in report.notes:
        print(f"{path}: {note}")
    if report.problems:
        print(f"{path}: not healthy: " + "; ".join(report.problems), file=sys.stderr)
        return 1
    print(f"{path}: healthy")
    return 0


PASSPHRASE_VARIABLE = "UN1540_PASSPHRASE"


def _passphrase(confirm: bool) -> str:
    """The passphrase from UN1540_PASSPHRASE, or typed at the terminal (twice with `confirm`)."""
    import getpass
    import os

    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given is None:
        if not sys.stdin.isatty():
            raise UserError(f"a passphrase is needed: set {PASSPHRASE_VARIABLE} or run the command in a terminal.")
        given = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Passphrase again: ") != given:
            raise UserError("the two passphrases differ; nothing was written.")
    if not given:
        raise UserError("the passphrase is empty.")
    return given


def _backup(args: argparse.Namespace) -> int:
    from app.backup import is_plain_name
    from app.outputs import check_output_path
    from app.package.writing import write_package_of_file
    from app.sizes import human_size

    check_output_path(args.out, database_path(args), package=True)
    _existing_database(database_path(args))
    if is_plain_name(args.out):
        raise UserError(
            f"{args.out.name} names a database file; a backup is a package: name it {args.out.stem}.un1540."
        )
    passphrase = _passphrase(confirm=True) if args.encrypt else None
    info = write_package_of_file(database_path(args), args.out, passphrase)
    print(
        f"Backup written to {info.path} ({human_size(info.size)}, {info.size:,} bytes): the database and "
        f"{info.documents} document(s); encrypted: {'yes' if info.encrypted else 'no'}."
    )
    if info.missing_documents:
        print(
            f"warning: {len(info.missing_documents)} document(s) missing or damaged in the documents folder were not "
            f"included: {', '.join(info.missing_documents)}",
            file=sys.stderr,
        )
    return 0


def _backups(args: argparse.Namespace) -> int:
    from app.backup_list import backups_dir, list_backups
    from app.input_files import printable
    from app.sizes import human_size

    path = database_path(args)
    entries = list_backups(path)
    if not entries:
        print(f"No daily backups of {path} yet (they go to {backups_dir(path)}).")
    for entry in entries:  # one line each, whatever a package's manifest holds
        what = entry.status if entry.problem else f"{entry.state_code or '-'}  {entry.status}"
        print(
            _CONTROLS.sub(
                "\ufffd", printable(f"{entry.day.isoformat()}  {human_size(entry.size):>9}  {what}  {entry.path}")
            )
        )
    return 0


def _record_id(value: int | None, what: str) -> int | None:
    """An id typed by the user; one SQLite cannot even hold is refused like any unknown one."""
    if value is not None and not -(2**63) <= value < 2**63:
        raise UserError(f"There is no {what} number {value}.")
    return value


def _export(args: argparse.Namespace) -> int:
    from app import records, submissions
    from app.exports.service import describe, export_document
    from app.exports.submit import export_submitted
    from app.outputs import check_output_path
    from app.workspace import Workspace

    path = database_path(args)
    _existing_database(path)
    request_id = _record_id(args.id, "assistance request")
    out = check_output_path(args.out, path)
    submitted_on: str | None = None
    if args.submitted_on:  # checked before anything is written: a wrong date leaves no file behind
        records.parse_date(args.submitted_on, "--mark-submitted")  # named as typed
        submitted_on, _ = submissions.check_submission(args.submitted_on, args.reference)
    with Workspace.open(path, source="cli") as ws:
        if submitted_on:  # written with the date and note number it is submitted with, then kept as submitted
            result, _ = export_submitted(
                ws,
                args.kind,
                args.format,
                args.lang,
                out,
                submitted_on=submitted_on,
                reference=args.reference,
                scope=args.scope,
                request_id=request_id,
                credit=args.credit,
            )
        else:
            result = export_document(
                ws, args.kind, args.format, args.lang, out, request_id=request_id, scope=args.scope, credit=args.credit
            )
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(describe(result))
        if submitted_on:
            print(f"Marked as submitted on {submitted_on}.")
    return 0


_REPORT_TEXT_OPTIONS = {
    "report_type": "--type",
    "reference": "--reference",
    "report_date": "--date",
    "committee_note_reference": "--committee-note",
    "committee_note_date": "--committee-note-date",
}


def _report_text(args: argparse.Namespace) -> int:
    from app import submissions
    from app.errors import ValidationError
    from app.workspace import Workspace

    path = database_path(args)
    _existing_database(path)
    values = {name: getattr(args, name) for name in _REPORT_TEXT_OPTIONS if getattr(args, name) is not None}
    with Workspace.open(path, source="cli") as ws:
        if values:
            try:
                changed = submissions.save_report_settings(ws, values).value
            except ValidationError as exc:
                option = _REPORT_TEXT_OPTIONS.get(exc.field, exc.field)
                raise UserError(f"{option}: {str(exc).split(': ', 1)[-1]} Nothing was changed.") from None
            if not changed:
                print("Nothing to change: the report's text already says that.")
        settings = submissions.report_settings(ws)
    for name, option in _REPORT_TEXT_OPTIONS.items():
        print(_CONTROLS.sub(" ", f"{option[2:]}: {settings.get(name) or '-'}"))
    return 0


def _import(args: argparse.Namespace) -> int:
    from app.interchange import importing
    from app.interchange.safe_workbook import open_workbook
    from app.workspace import Workspace

    path = database_path(args)
    _existing_database(path)
    wb = open_workbook(args.file.expanduser())  # a wrong file is refused before the database is even opened
    with Workspace.open(path, source="cli") as ws:
        preview = importing.read_workbook(ws, args.file.expanduser(), wb)
        print(importing.describe(preview))
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return 0
        accepted = {c.id for c in preview.changes if args.overwrite_conflicts or not c.conflict}
        if not preview.changes:
            print("Nothing to import: the database already holds everything in the file.")
            return 0
        if not accepted:
            print(
                f"Nothing imported: all {len(preview.changes)} change(s) are conflicts; the workbook stays awaited. "
                "Use --overwrite-conflicts to apply them, or import it in the application to choose."
            )
            return 0
        result = importing.apply(ws, preview, accepted).value
        assert result is not None  # an operation's own result
        print(
            f"Imported {result.applied} change(s) in {result.fields} field(s)"
            + (
                f"; {result.skipped} conflict(s) left out (use --overwrite-conflicts to apply them)"
                if result.skipped
                else ""
            )
            + "."
        )
    return 0


def _agency_workbook(args: argparse.Namespace) -> int:
    from app import records
    from app.interchange import agency_workbook as aw
    from app.outputs import check_output_path
    from app.workspace import Workspace

    path = database_path(args)
    _existing_database(path)
    check_output_path(args.out, path)
    out = check_output_path(aw.workbook_path(args.out), path)
    if out.exists() and not args.overwrite:
        raise UserError(
            f"{out} already exists: choose another name, or add --overwrite to replace it. Nothing was written."
        )
    due_on = records.parse_date(args.due, "--due")  # checked before the database is even opened
    with Workspace.open(path, source="cli") as ws:
        wanted = args.agency.strip().casefold()
        agencies = ws.db.execute("SELECT id, name, acronym FROM agency ORDER BY name").fetchall()
        found = [a for a in agencies if wanted in (a[1].casefold(), (a[2] or "").casefold())]
        if not found:
            known = ", ".join(a[1] + (f" ({a[2]})" if a[2] else "") for a in agencies) or "none yet"
            raise UserError(f"no agency named {args.agency!r}; known: {known}.")
        if len(found) > 1:
            raise UserError(
                f"several agencies are named {args.agency!r}: {', '.join(a[1] for a in found)}; give the full name."
            )
        sections = [s.strip().upper() for s in args.sections.split(",") if s.strip()]
        known_sections = [key for (key,) in ws.db.execute("SELECT key FROM matrix_section ORDER BY ordinal")]
        unknown = [key for key in sections if key not in known_sections]
        if unknown:
            raise UserError(f"no section {unknown[0]!r} in the matrix; its sections are {', '.join(known_sections)}.")
        keys = aw.field_keys_for(ws, sections or None, found[0][0] if args.responsible else None)
        info = aw.export_agency_workbook(
            ws, found[0][0], keys, out, lang=args.lang, due_on=due_on, note=args.note, overwrite=args.overwrite
        ).value
        assert info is not None
        print(
            f"Wrote {info.path} for {info.agency}: {info.fields} field(s). It is recorded as awaited; "
            f"import it with: python main.py import {info.path.name}"
        )
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.backup import restore_from
    from app.input_files import printable, regular_file
    from app.package.format import is_encrypted

    path = database_path(args)
    source = regular_file(args.file)  # a pipe or a device is refused before anything opens it
    passphrase = _passphrase(confirm=False) if is_encrypted(source) else None
    result = restore_from(source, path, source_label="cli", passphrase=passphrase).value
    assert result is not None
    documents = f" with {result.documents} document(s)" if result.documents else ""
    print(
        printable(
            f"{path} restored from {args.file}{documents}."
            + (
                f" The previous data was kept in {result.kept}."
                if result.kept
                else " There was no previous data to keep."
            )
        )
    )
    return 0


def _handover(args: argparse.Namespace) -> int:
    from app.handover import export_handover
    from app.outputs import check_output_folder
    from app.sizes import human_size
    from app.workspace import Workspace

    path = database_path(args)
    _existing_database(path)
    check_output_folder(args.out, path)  # before the database is even opened
    passphrase = _passphrase(confirm=True) if args.encrypt else None
    with Workspace.open(path, source="cli") as ws:
        result = export_handover(ws, args.out, lang=args.lang, passphrase=passphrase)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Handover pack: {result.pdf} ({result.pages} pages)")
    print(
        f"Project package: {result.package} ({human_size(result.package_size)}, {result.documents} document(s), "
        f"{'encrypted' if result.encrypted else 'not encrypted'})"
    )
    return 0


def step_text(description: Description) -> str:
    """A step as the command line names it: "update agency 'Customs'", "set_answer matrix answer 'A.1'"."""
    d = description
    return " ".join(part for part in (d.action, d.kind.replace("_", " "), repr(d.subject) if d.subject else "") if part)


def _undo_or_redo(args: argparse.Namespace) -> int:
    from app import undo
    from app.workspace import Workspace

    path = database_path(args)
    _existing_database(path)
    with Workspace.open(path, source="cli") as ws:
        changes = undo.undo(ws) if args.command == "undo" else undo.redo(ws)
    word = "Undone" if args.command == "undo" else "Redone"
    print(_CONTROLS.sub(" ", f"{word}: {step_text(changes.description)}") if changes.description else f"{word}.")
    return 0


def _history(args: argparse.Namespace) -> int:
    from app import undo
    from app.workspace import Workspace

    if args.limit < 1:
        raise UserError("--limit must be at least 1.")
    path = database_path(args)
    _existing_database(path)
    if args.kind is not None:
        return _item_history(path, args.kind, args.id, args.limit)
    with Workspace.open(path, source="cli") as ws:
        steps = undo.history(ws, args.limit)
        newest_done = undo.undo_target(ws)
    if not steps:
        print("Nothing to undo or redo.")
        return 0
    for step in steps:
        if newest_done is None or step.id > newest_done.id:
            state = "undone (can be redone)"
        elif step.undoable:
            state = "can be undone"
        else:
            state = f"cannot be undone ({step.reason})"
        print(
            _CONTROLS.sub(
                " ",
                f"{step.id:>6}  {step.at[:16].replace('T', ' ')}  {step.source:<6} {step.actor}: "
                f"{step_text(step.description)}  [{state}]",
            )
        )
    return 0


def _item_history(path: Path, kind: str, item_id: str | None, limit: int) -> int:
    """One item's history (app.history): when, who, from where, and what changed, newest first."""
    from app import history
    from app.workspace import Workspace

    if not item_id:
        raise UserError(f"Say which {kind}: history {kind} ID.")
    with Workspace.open(path, source="cli") as ws:
        entries = history.item_history(ws, kind, item_id)[:limit]
        lines = history.describe(entries)
    if not lines:
        print(f"No recorded change to this {kind}.")
    for line in lines:
        print(_CONTROLS.sub(" ", line))
    return 0


def _search(args: argparse.Namespace) -> int:
    import json

    from app.search import KIND_NAMES, PART_NAMES, search_everything
    from app.workspace import Workspace

    if args.limit < 1:
        raise UserError("--limit must be at least 1.")
    path = database_path(args)
    _existing_database(path)
    with Workspace.open(path, source="cli") as ws:
        hits = search_everything(ws, args.text, args.lang, limit=args.limit)
    if args.json:
        document = {"hits": [hit.as_dict() for hit in hits], "more": hits.more, "counts": hits.counts}
        print(json.dumps(document, ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print(f"Nothing holds {args.text!r}.")
        return 0
    for hit in hits:
        title = hit.title + (f" ({hit.detail})" if hit.detail else "")
        line = f"{KIND_NAMES[hit.kind]} {hit.id}: {title} | {PART_NAMES.get(hit.part, hit.part)}: {hit.snippet}"
        print(_CONTROLS.sub(" ", line))
    if hits.more:
        print(f"... and {hits.more} more (use --limit).")
    return 0


WRITING_COMMANDS = (
    "demo",
    "backup",
    "restore",
    "export",
    "import",
    "agency-workbook",
    "handover",
    "undo",
    "redo",
    "report-text",
)
_OPTION_NAMES = {"submitted_on": "--mark-submitted", **_REPORT_TEXT_OPTIONS}


def _check_text_options(args: argparse.Namespace) -> None:
    """Refuse a text option holding bytes that are not UTF-8 (a mistyped terminal encoding): it could be
    neither stored nor printed. File names are left to the file system."""
    for name, value in vars(args).items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                option = _OPTION_NAMES.get(name, "--" + name.replace("_", "-"))
                raise UserError(
                    f"{option} is not valid text (it holds bytes that are not UTF-8); nothing was changed."
                ) from None


# Control characters (escape sequences, carriage return, bell...): text from a file, a package or a workbook could
# drive the terminal with them. A line feed and a tab are kept in what is printed, a line of a list keeps neither.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _TerminalSafe:
    """A text stream that writes control characters other than line feed and tab as U+FFFD."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(_TERMINAL_CONTROLS.sub("\ufffd", text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _terminal_safe_output() -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(sys.stdout), _TerminalSafe(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def run_command(args: argparse.Namespace) -> int:
    """Run one command; return the exit status. Every failure becomes one line on stderr."""
    with _terminal_safe_output():
        return _run_command(args)


def _use_digits(args: argparse.Namespace) -> None:
    """The digits of Arabic documents: --digits, or the user's choice in Settings (app.formats)."""
    if "digits" not in args:
        return
    from app import formats, preferences

    formats.use_digits(args.digits or preferences.load().digits)


def _run_command(args: argparse.Namespace) -> int:
    handlers = {
        "demo": _demo,
        "check": _check,
        "backup": _backup,
        "restore": _restore,
        "backups": _backups,
        "export": _export,
        "report-text": _report_text,
        "import": _import,
        "agency-workbook": _agency_workbook,
        "handover": _handover,
        "undo": _undo_or_redo,
        "redo": _undo_or_redo,
        "history": _history,
        "search": _search,
    }
    try:
        _check_text_options(args)
        _use_digits(args)
        if args.command in WRITING_COMMANDS:
            from app.outputs import sweep_leftovers

            sweep_leftovers()  # what a killed run left half written
        return handlers[args.command](args)
    except (UserError, DatabaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
    except sqlite3.Error as exc:
        print(f"error: database error: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
    except KeyboardInterrupt:
        print("error: interrupted; nothing was half written.", file=sys.stderr)
    except Exception as exc:  # last resort: still one line, never a traceback
        print(f"error: unexpected {type(exc).__name__}: {exc}", file=sys.stderr)
    return 1
