"""The program's entry point: `un1540` once installed, `python -m un1540`, or `python main.py`.

Without a command it starts the GUI; with one it runs that command of the command line (app/cli.py).
Qt and the GUI package are imported only for the GUI, so a command runs on a machine without a display.
This package sits above both `app/` (which never imports `ui/`) and `ui/`.
"""

from __future__ import annotations

import argparse
import gc
import sys

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


def main(argv: list[str] | None = None) -> int:
    """Run the application with `argv` (default: the process's arguments); return the exit status."""
    if (sys.argv[1:] if argv is None else argv) == ["--version"]:  # alone: answered before the command line loads
        from app.build_info import version_text

        print(version_text())
        return 0
    from app.cli import database_path, run_command

    args = parser().parse_args(argv)
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

        return run_gui(database_path(args), exit_when_ready=args.exit_when_ready, language=args.gui_lang)
    return run_command(args)
