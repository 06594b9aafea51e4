"""The command line: the same domain operations as the GUI, for scripts and trainers.

`main.py` parses with `build_parser()`; without a command it starts the GUI, otherwise it calls
`run_command()`; this module never imports the GUI. Errors are one line on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from app import APP_NAME, APP_VERSION, LANGUAGES
from app.errors import UserError
from app.paths import default_database_path
from db import DatabaseError

EXPORT_KINDS = ("report", "matrix", "nap", "assistance")

EPILOG = f"""\
Without a command, the graphical application starts on --db (default: {default_database_path()}).

examples:
  python main.py                                  open the application on your data
  python main.py demo --db training.sqlite3       create or reset the training State (Examplia)
  python main.py check --db training.sqlite3      integrity check (exit 0 healthy, 1 not)
  python main.py backup --db state.sqlite3 --out state-2026-11-23.sqlite3
  python main.py restore state-2026-11-23.sqlite3 --db state.sqlite3
  python main.py export report --format pdf --lang fr --out rapport.pdf
  python main.py export assistance --id 2 --format xlsx --lang es --out solicitud.xlsx

exit status: 0 done, 1 error (one line on stderr), 2 usage error or capability not available yet.
"""


def build_parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db", metavar="FILE", type=Path, default=argparse.SUPPRESS,
        help="the State's database file (default: the file in your data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=f"{APP_NAME} {APP_VERSION}: implementation matrix, action plan, assistance requests "
        "and national reports under UN Security Council resolution 1540 (2004).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {APP_VERSION}")
    parser.add_argument(
        "--exit-when-ready", action="store_true",
        help="start the GUI, exit with status 0 once the main window has painted with data loaded",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser(
        "demo", parents=[db_option], help="create (or reset) the fictional training State, Republic of Examplia",
        description="Create the training State in --db, or reset it if --db already holds it. "
        "A database holding a real State is never overwritten.",
    )
    commands.add_parser(
        "check", parents=[db_option], help="integrity check; exit 0 healthy, 1 not, with a reason",
        description="Check the database read-only: SQLite integrity, references, schema and matrix template.",
    )
    export = commands.add_parser(
        "export", parents=[db_option], help="export a document as PDF or Excel",
        description="Export the national report, the matrix, the action plan (nap) or one assistance request.",
    )
    export.add_argument("kind", choices=EXPORT_KINDS, metavar="KIND", help="one of: " + ", ".join(EXPORT_KINDS))
    export.add_argument("--format", choices=("pdf", "xlsx"), required=True)
    export.add_argument("--lang", choices=LANGUAGES, default="en", help="language of labels and headings")
    export.add_argument("--out", metavar="FILE", type=Path, required=True)
    export.add_argument("--id", metavar="N", type=int, help="the assistance request to export")
    export.add_argument("--scope", choices=("full", "changes"), default="full",
                        help="report only: the full report, or the changes since the last submitted report")
    export.add_argument("--mark-submitted", metavar="DATE", dest="submitted_on",
                        help="keep the file and the data behind it as submitted on DATE (YYYY-MM-DD)")
    export.add_argument("--reference", default="", help="note verbale reference of the submission")
    importer = commands.add_parser(
        "import", parents=[db_option], help="import a workbook returned by an agency",
        description="Validate a returned workbook, preview its changes and apply them in one transaction.",
    )
    importer.add_argument("file", metavar="FILE", type=Path)
    importer.add_argument("--dry-run", action="store_true", help="print the changes without applying them")
    backup = commands.add_parser(
        "backup", parents=[db_option], help="write a consistent copy of the database to a file",
    )
    backup.add_argument("--out", metavar="FILE", type=Path, required=True)
    restore = commands.add_parser(
        "restore", parents=[db_option],
        help="replace the database with a backup (the current data is kept aside first)",
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    return parser


def database_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_database_path()).expanduser()


def _not_built(what: str) -> int:
    print(f"{what} is not available in this version yet.", file=sys.stderr)
    return 2


def _demo(args) -> int:
    from app.demo import build_demo

    counts = build_demo(database_path(args))
    print(
        f"Training State ready in {database_path(args)}: {counts['agencies']} agencies, "
        f"{counts['contacts']} points of contact, {counts['laws']} laws, {counts['answers']} matrix answers, "
        f"{counts['actions']} action plan actions, {counts['requests']} assistance requests."
    )
    return 0


def _check(args) -> int:
    from app.check import check_database

    path = database_path(args)
    problems = check_database(path)
    if problems:
        print(f"{path}: not healthy: " + "; ".join(problems), file=sys.stderr)
        return 1
    print(f"{path}: healthy")
    return 0


def _backup(args) -> int:
    from app.backup import backup_file

    out = backup_file(database_path(args), args.out)
    print(f"Backup written to {out} ({out.stat().st_size:,} bytes).")
    return 0


def _export(args) -> int:
    from app import submissions
    from app.exports.service import describe, export_document
    from app.workspace import Workspace

    path = database_path(args)
    if not path.exists():
        raise UserError(f"{path} does not exist.")
    with Workspace.open(path, source="cli") as ws:
        result = export_document(ws, args.kind, args.format, args.lang, args.out.expanduser(), request_id=args.id,
                                 scope=args.scope)
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(describe(result))
        if args.submitted_on:
            submissions.mark_submitted(ws, result.path, kind=args.kind, fmt=args.format, lang=args.lang,
                                       submitted_on=args.submitted_on, reference=args.reference, scope=args.scope,
                                       request_id=args.id, counts=result.counts)
            print(f"Marked as submitted on {args.submitted_on}.")
    return 0


def _restore(args) -> int:
    from app.backup import restore

    path = database_path(args)
    kept = restore(args.file, path, source_label="cli")
    print(f"{path} restored from {args.file}." + (f" The previous data was kept in {kept}." if kept else ""))
    return 0


def run_command(args: argparse.Namespace) -> int:
    """Run one command; return the exit status. Every failure becomes one line on stderr."""
    handlers = {
        "demo": _demo,
        "check": _check,
        "backup": _backup,
        "restore": _restore,
        "export": _export,
        "import": lambda a: _not_built("Import of agency workbooks"),
    }
    try:
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
