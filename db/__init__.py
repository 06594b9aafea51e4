"""Storage: the SQLite file, its schema and its maintenance. No Qt here."""

from db.connection import (
    JOURNAL_SUFFIXES,
    CorruptDatabaseError,
    Database,
    DatabaseError,
    ForeignDatabaseError,
    Store,
    UnknownSchemaError,
    connect,
    write_transaction,
)
from db.schema import NewerDatabaseError, latest_schema_version, open_store, schema_version

__all__ = [
    "JOURNAL_SUFFIXES",
    "CorruptDatabaseError",
    "Database",
    "DatabaseError",
    "ForeignDatabaseError",
    "NewerDatabaseError",
    "Store",
    "UnknownSchemaError",
    "connect",
    "latest_schema_version",
    "open_store",
    "schema_version",
    "write_transaction",
]
