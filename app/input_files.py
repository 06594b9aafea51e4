"""Files named by the user and read by the application: refused at once when they cannot be read as files.

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


def regular_file(path: str | Path) -> Path:
    """`path` if it names an existing regular file; UserError (one line) for a folder, a pipe or a device.

    Only the file's status is read: a pipe (FIFO) is never opened, so nothing can hang on it.
    """
    path = Path(path).expanduser()
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise UserError(f"{printable(path)} does not exist.") from None
    except OSError as exc:
        raise UserError(f"{printable(path)} cannot be read ({exc.strerror or exc}).") from None
    if not stat.S_ISREG(mode):
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
        raise UserError(f"{printable(path)} is not a regular file (it is {kind}); nothing was changed.")
    return path
