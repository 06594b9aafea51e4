"""Files named by the user and read by the application: refused at once when they cannot be read as files
(`file_problem` says why; app/given_file.py builds on it for a file given to the application to open).

A name that is not valid UTF-8 (possible on Linux, where file names are bytes) reaches Python with
"surrogate escapes" that SQLite and most outputs refuse; `printable` turns it into a clean string for
the audit log and for messages, without changing which file is opened.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.errors import UserError


def printable(text: object) -> str:
    """`text` as a string that can be stored and printed: undecodable bytes of a file name become �."""
    text = str(text)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that was not an escaped byte
        return text.encode("utf-8", "replace").decode("utf-8")


def file_problem(path: Path) -> tuple[str, str] | None:
    """Why `path` cannot be read as a file, as (code, detail): ("missing", ""), ("unreadable", the system's reason)
    or ("not_a_file", "a folder", "a pipe"...); None for a regular file. Only the file's status is read."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "missing", ""
    except OSError as exc:
        return "unreadable", str(exc.strerror or exc)
    if stat.S_ISREG(mode):
        return None
    kind = (
        "a folder"
        if stat.S_ISDIR(mode)
        else "a pipe"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a special file"
    )
    return "not_a_file", kind


def regular_file(path: str | Path) -> Path:
    """`path` if it names an existing regular file; UserError (one line) for a folder, a pipe or a device.

    Only the file's status is read: a pipe (FIFO) is never opened, so nothing can hang on it.
    """
    path = Path(path).expanduser()
    problem = file_problem(path)
    if problem is None:
        return path
    code, detail = problem
    if code == "missing":
        raise UserError(f"{printable(path)} does not exist.")
    if code == "unreadable":
        raise UserError(f"{printable(path)} cannot be read ({detail}).")
    raise UserError(f"{printable(path)} is not a regular file (it is {detail}); nothing was changed.")
