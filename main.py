"""Start the 1540 Focal Point application, or run one of its commands (see --help)."""

from __future__ import annotations

import sys

from app.cli import build_parser, database_path, run_command


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.application import run_gui  # Qt is only loaded when the window is wanted

        return run_gui(database_path(args), exit_when_ready=args.exit_when_ready)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
