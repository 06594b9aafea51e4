"""Errors the domain raises for the user to read.

The interface catches these names only: `DatabaseError` (a database that cannot be used or written:
full disk, file in use, damaged page...) and `CorruptDatabaseError` (a damaged file, or not a database)
are the storage layer's, re-exported here so that nothing above `app/` imports `db/` or SQLite.
"""

from __future__ import annotations

from db.connection import CorruptDatabaseError, DatabaseError

__all__ = ["CorruptDatabaseError", "DatabaseError", "NotFoundError", "UserError", "ValidationError"]


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why, in one line."""


class ValidationError(UserError):
    """A value typed by the user is not acceptable.

    `field` names the field, `code` says what is wrong (required, invalid_date, invalid_email,
    invalid_choice, too_long, duplicate, in_use) so that the GUI can show it in the user's language.
    """

    def __init__(self, field: str, code: str, message: str):
        super().__init__(message)
        self.field = field
        self.code = code


class NotFoundError(UserError):
    """The record the user refers to no longer exists (deleted meanwhile, wrong id)."""
