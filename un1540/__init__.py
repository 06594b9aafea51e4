"""The program's entry point: `un1540` once installed, `python -m un1540`, or `python main.py`.

Without a command it starts the GUI; with one it runs that command of the command line (app/cli.py). With a FILE
in place of a command (`un1540 FILE`, what a double-click on a database, a package or a workbook runs) it starts
the GUI on that database, or on the usual one to offer the package's restore or the workbook's import.
Qt and the GUI package are imported only for the GUI, so a command runs on a machine without a display.
This package sits above both `app/` (which never imports `ui/`) and `ui/`.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from app import LANGUAGES


def parser() -> argparse.ArgumentParser:
    """The command line's parser, with the window's own options (--lang)."""
    from app.cli import build_parser

    parsed = build_parser()
    parsed.add_argument(
        "--lang",
        dest="gui_lang",
        metavar="L",
        default=None,
        help="start the GUI in language L (" + ", ".join(LANGUAGES) + ") for this run only; your preferences are "
        "left as they are (a command's own --lang goes after the command)",
    )
    return parsed


def _command_names(parsed: argparse.ArgumentParser) -> set[str]:
    return {
        name for action in parsed._actions if isinstance(action, argparse._SubParsersAction) for name in action.choices
    }


def _takes_value(parsed: argparse.ArgumentParser, token: str) -> bool:
    """Whether the option `token` (as typed: "--db", or a prefix argparse accepts, "--d") is followed by its value."""
    options = {option: action.nargs != 0 for action in parsed._actions for option in action.option_strings}
    if token in options:
        return options[token]
    prefixed = [option for option in options if token.startswith("--") and option.startswith(token)]
    return len(prefixed) == 1 and options[prefixed[0]]


def _names_a_file(token: str) -> bool:
    """A word that is not a command names a file when the file exists, or the word holds a folder separator or an
    extension ("gone.un1540"); any other ("frobnicate", a mistyped command) is left to argparse, which says it is
    not a command. A file manager always gives an existing file's whole path."""
    separators = [os.sep] + ([os.altsep] if os.altsep else [])
    return os.path.lexists(token) or any(sep in token for sep in separators) or Path(token).suffix != ""


def split_file(parsed: argparse.ArgumentParser, argv: list[str]) -> tuple[list[str], list[str]]:
    """`argv` without the files to open, and those files: every argument before a command that is neither an option,
    an option's value nor a command's name and names a file (argparse would refuse it as an unknown command)."""
    commands = _command_names(parsed)
    rest: list[str] = []
    files: list[str] = []
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":  # what follows is positional: a command, or files
            after = argv[i + 1 :]
            if after and after[0] not in commands:
                return rest, files + after
            return rest + argv[i:], files
        if token.startswith("-") and token != "-":
            takes = "=" not in token and _takes_value(parsed, token)
            rest.extend(argv[i : i + 2] if takes else [token])
            i += 2 if takes else 1
            continue
        if token in commands or not _names_a_file(token):
            return rest + argv[i:], files
        files.append(token)
        i += 1
    return rest, files


def _file_to_open(parsed: argparse.ArgumentParser, files: list[str], args: argparse.Namespace) -> str | None:
    """The one FILE given in place of a command; None (with one line on stderr) when it cannot go with the rest."""
    if len(files) > 1:
        print(f"error: one file at a time: {files[0]!r} and {files[1]!r} were given", file=sys.stderr)
        return None
    if args.command is not None:
        print(
            f"error: a FILE to open ({files[0]!r}) and a command ({args.command}) cannot go together", file=sys.stderr
        )
        return None
    if "db" in args:
        print(
            "error: --db and a FILE to open cannot go together: a database FILE is opened by itself, a package or "
            "workbook on your usual database (to restore or import into another database: restore FILE --db X, "
            "import FILE --db X)",
            file=sys.stderr,
        )
        return None
    return files[0]


def main(argv: list[str] | None = None) -> int:
    """Run the application with `argv` (default: the process's arguments); return the exit status."""
    if (sys.argv[1:] if argv is None else argv) == ["--version"]:  # alone: answered before the command line loads
        from app.build_info import version_text

        print(version_text())
        return 0
    from app.cli import database_path, run_command

    parsed = parser()
    argv, files = split_file(parsed, sys.argv[1:] if argv is None else list(argv))
    args = parsed.parse_args(argv)
    given = None
    if files:
        file = _file_to_open(parsed, files, args)
        if file is None:
            return 2
        from app.given_file import identify

        given = identify(file)
        if not given.usable:  # told here for a terminal, in a dialog once the window is painted (ui/open_file.py)
            print(f"error: {given.message()}", file=sys.stderr)
        elif args.exit_when_ready and given.kind != "database":
            print(f"{given.message()[:-1]}; with --exit-when-ready nothing is asked or changed.", file=sys.stderr)
    if args.gui_lang is not None:
        if args.command is not None:
            print(
                "error: --lang before a command is the window's language; put a command's --lang after it",
                file=sys.stderr,
            )
            return 2
        if args.gui_lang not in LANGUAGES:
            print(
                f"error: unknown interface language {args.gui_lang!r}: use one of " + ", ".join(LANGUAGES),
                file=sys.stderr,
            )
            return 2
    if args.command is None:
        # The GUI runs without Python's automatic collector (ui.application.collect_garbage_in_gui_thread); it is
        # off already while the GUI's modules load, which allocate much and free little (25 ms of collections).
        gc.disable()
        from ui.application import run_gui  # Qt is only loaded when the window is wanted

        db_path = given.path if given is not None and given.kind == "database" else database_path(args)  # as --db
        status = run_gui(db_path, exit_when_ready=args.exit_when_ready, language=args.gui_lang, given=given)
        if status == 0 and args.exit_when_ready and given is not None and not given.usable:
            return 1  # the window painted, but the file given could not be opened
        return status
    return run_command(args)
