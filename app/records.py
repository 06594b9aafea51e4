"""Editing plain records (agencies, points of contact, laws): validation, writes, audit entries.

Each kind of record declares its columns once; creating, updating and deleting then share one
implementation, so every kind is validated, written in a transaction and audited the same way.
Column names come from these declarations, never from user input; values are always parameters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.audit import Actor, diff, record, utc_now
from app.changes import Description
from app.errors import NotFoundError, ValidationError
from db import write_transaction

if TYPE_CHECKING:
    from app.workspace import Workspace
    from db.connection import Database

MAX_TEXT = 20_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"  # text | date | choice | email | ref | int | flag | codes
    required: bool = False
    choices: tuple[str, ...] = ()  # allowed values (choice) or codes (codes: a comma-separated list)
    max_length: int = MAX_TEXT
    bounds: tuple[int, int] = (0, 100)  # for int


@dataclass(frozen=True)
class RecordKind:
    table: str
    title_column: str
    columns: tuple[Column, ...]
    order_by: str = "id"
    defaults: dict[str, Any] = field(default_factory=dict)
    unique_title: bool = False  # titles must differ whatever their case, in any alphabet

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


@dataclass(frozen=True)
class LinkSet:
    """A list of links a record owns (an action's supporting agencies, a request's matrix fields),
    kept in a table of (owner, value) pairs. Names are the declaring module's constants."""

    name: str  # the key in the record's dict, and the field named by a ValidationError
    table: str
    owner_column: str
    value_column: str
    known_sql: str  # selects every value a link may point to

    def read(self, db: Database, owner_id: int) -> list[Any]:
        return [
            r[0]
            for r in db.execute(
                f"SELECT {self.value_column} FROM {self.table} WHERE {self.owner_column} = ? ORDER BY {self.value_column}",
                [owner_id],
            ).fetchall()
        ]

    def write(self, db: Database, owner_id: int, values: Iterable[Any]) -> None:
        """Replace the owner's links with `values` (repeats ignored); unknown values are refused.

        Only the links that differ are written, so that a step records (and undo puts back) only those."""
        values = list(dict.fromkeys(values))
        known = {r[0] for r in db.execute(self.known_sql).fetchall()}
        unknown = [v for v in values if v not in known]
        if unknown:
            raise ValidationError(self.name, "invalid_choice", f"{self.name}: {unknown[0]!r} does not exist.")
        current = self.read(db, owner_id)
        for value in current:
            if value not in values:
                db.execute(
                    f"DELETE FROM {self.table} WHERE {self.owner_column} = ? AND {self.value_column} = ?",
                    [owner_id, value],
                )
        for value in values:
            if value not in current:
                db.execute(
                    f"INSERT INTO {self.table} ({self.owner_column}, {self.value_column}) VALUES (?, ?)",
                    [owner_id, value],
                )


def rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """The rows of a query as dicts (column name -> value)."""
    cursor = db.execute(sql, list(params))
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def record_link_changes(
    db: Database,
    actor: Actor,
    kind: RecordKind,
    record_id: int,
    links: Iterable[LinkSet],
    before: dict[str, Any],
    after: dict[str, Any],
) -> dict[str, Any]:
    """Audit the link lists that differ between `before` and `after`; return them as {name: [old, new]}."""
    changes = {}
    for link in links:
        if after[link.name] != before[link.name]:
            changes[link.name] = [before[link.name], after[link.name]]
            record(
                db,
                actor,
                "update",
                kind.table,
                record_id,
                str(before.get(kind.title_column, "")),
                {link.name: changes[link.name]},
            )
    return changes


def read_links(db: Database, record_id: int, links: Iterable[LinkSet]) -> dict[str, list[Any]]:
    """The record's link lists, as {link name: values}."""
    return {link.name: link.read(db, record_id) for link in links}


def create_with_links(
    db: Database,
    actor: Actor,
    kind: RecordKind,
    values: dict[str, Any],
    links: dict[LinkSet, Iterable[Any]],
    system: dict[str, Any] | None = None,
) -> int:
    """Create a record with the lists of links it owns (its agencies, its matrix fields), in one transaction;
    an unknown link is refused and nothing is written. Return the new record's id."""
    with write_transaction(db):
        record_id = create(db, actor, kind, values, system)
        for link, link_values in links.items():
            link.write(db, record_id, list(link_values))
    return record_id


def update_with_links(
    db: Database,
    actor: Actor,
    kind: RecordKind,
    record_id: int,
    values: dict[str, Any],
    links: dict[LinkSet, Iterable[Any] | None],
) -> dict[str, Any]:
    """Change a record and replace the link lists given (None leaves a list as it is), in one transaction.

    Each changed list is audited once; return what changed as {field or link name: [old, new]}.
    """
    with write_transaction(db):
        before = {**get(db, kind, record_id), **read_links(db, record_id, links)}
        changes = update(db, actor, kind, record_id, values) if values else {}
        for link, link_values in links.items():
            if link_values is not None:
                link.write(db, record_id, list(link_values))
        after = read_links(db, record_id, links)
        changes.update(record_link_changes(db, actor, kind, record_id, links, before, after))
    return changes


def parse_date(value: Any, field_name: str) -> str | None:
    """Accept '' / None (no date) or an ISO date YYYY-MM-DD; return the normalised text."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError(
            field_name, "invalid_date", f"{field_name}: '{text}' is not a date (YYYY-MM-DD)."
        ) from None


def clean(kind: RecordKind, values: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Check and normalise user input for `kind`; raise ValidationError on the first problem."""
    unknown = set(values) - set(kind.names)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "unknown_field", f"Unknown field: {sorted(unknown)[0]}.")
    out: dict[str, Any] = {}
    for col in kind.columns:
        if col.name not in values:
            if partial:
                continue
            value = kind.defaults.get(col.name)
        else:
            value = values[col.name]
        if col.kind == "date":
            out[col.name] = parse_date(value, col.name)
            continue
        if col.kind == "flag":
            out[col.name] = 1 if value in (True, 1, "1", "true", "yes") else 0
            continue
        if col.kind == "int":
            try:
                number = int(value if value not in (None, "") else col.bounds[0])
            except (TypeError, ValueError):
                raise ValidationError(
                    col.name, "invalid_number", f"{col.name}: '{value}' is not a whole number."
                ) from None
            if not col.bounds[0] <= number <= col.bounds[1]:
                raise ValidationError(
                    col.name,
                    "invalid_number",
                    f"{col.name}: {number} is not between {col.bounds[0]} and {col.bounds[1]}.",
                )
            out[col.name] = number
            continue
        if col.kind == "codes":
            items = value if isinstance(value, (list, tuple, set)) else str(value or "").replace(";", ",").split(",")
            codes = [str(c).strip() for c in items if str(c).strip()]
            bad = [c for c in codes if c not in col.choices]
            if bad:
                raise ValidationError(
                    col.name, "invalid_choice", f"{col.name}: '{bad[0]}' is not one of {', '.join(col.choices)}."
                )
            out[col.name] = ",".join(c for c in col.choices if c in codes)  # canonical order, no repeats
            continue
        if col.kind == "ref":
            if value in (None, ""):
                out[col.name] = None
            else:
                try:
                    out[col.name] = int(value)
                except (TypeError, ValueError):
                    raise ValidationError(col.name, "invalid_choice", f"{col.name}: not a valid reference.") from None
            continue
        text = "" if value is None else str(value)
        text = text.strip() if col.kind != "text" or "\n" not in text else text.strip("\n ")
        if col.required and not text.strip():
            raise ValidationError(col.name, "required", f"{col.name} is required.")
        if len(text) > col.max_length:
            raise ValidationError(col.name, "too_long", f"{col.name} is longer than {col.max_length} characters.")
        if col.kind == "choice" and text not in col.choices:
            raise ValidationError(
                col.name, "invalid_choice", f"{col.name}: '{text}' is not one of {', '.join(col.choices)}."
            )
        if col.kind == "email" and text and not _EMAIL.match(text):
            raise ValidationError(col.name, "invalid_email", f"{col.name}: '{text}' is not an e-mail address.")
        out[col.name] = text
    return out


def _row(db: Database, kind: RecordKind, record_id: int) -> dict[str, Any] | None:
    cursor = db.execute(f"SELECT * FROM {kind.table} WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def get(db: Database, kind: RecordKind, record_id: int) -> dict[str, Any]:
    """One record as a dict; NotFoundError if it no longer exists."""
    row = _row(db, kind, record_id)
    if row is None:
        raise NotFoundError(f"No {kind.table.replace('_', ' ')} with id {record_id}.")
    return row


def list_all(db: Database, kind: RecordKind, where: str = "", params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """All records of a kind, in the kind's order. `where` is a fixed SQL condition with ? params."""
    sql = f"SELECT * FROM {kind.table}"
    if where:
        sql += f" WHERE {where}"
    sql += f" ORDER BY {kind.order_by}"
    cursor = db.execute(sql, list(params))
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def _check_unique(db: Database, kind: RecordKind, values: dict[str, Any], record_id: int | None) -> None:
    title = values.get(kind.title_column)
    if title is None or not kind.unique_title:
        return
    # SQLite's lower() only folds A-Z; compare in Python so that Cyrillic, Greek and accented
    # names clash too ("МИНИСТЕРСТВО" / "Министерство", "SÛRETÉ" / "sûreté").
    wanted = title.strip().casefold()
    for _other_id, other in db.execute(
        f"SELECT id, {kind.title_column} FROM {kind.table} WHERE id IS NOT ?", [record_id]
    ).fetchall():
        if other.strip().casefold() == wanted:
            raise ValidationError(kind.title_column, "duplicate", f"'{title}' already exists.")


def create(
    db: Database, actor: Actor, kind: RecordKind, values: dict[str, Any], system: dict[str, Any] | None = None
) -> int:
    """Validate and insert a record, with its audit entry, in one transaction; return its id.

    `system` holds columns the application sets itself (a parent id, an order), never user input.
    """
    data = {**clean(kind, values), **(system or {})}
    now = utc_now()
    data["created_at"] = data["updated_at"] = now
    with write_transaction(db):
        _check_unique(db, kind, data, None)
        cols = list(data)
        cursor = db.execute(
            f"INSERT INTO {kind.table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
            [data[c] for c in cols],
        )
        new_id = cursor.lastrowid
        assert new_id is not None  # an INSERT sets it
        record(db, actor, "create", kind.table, new_id, str(data.get(kind.title_column, "")), diff(None, data))
    return new_id


def update(db: Database, actor: Actor, kind: RecordKind, record_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Validate and apply changes to a record; return what changed as {field: [old, new]}."""
    data = clean(kind, values, partial=True)
    with write_transaction(db):
        before = get(db, kind, record_id)
        _check_unique(db, kind, {**before, **data}, record_id)
        changes = diff({k: before[k] for k in data}, data)
        if not changes:
            return {}
        data["updated_at"] = utc_now()
        cols = list(data)
        db.execute(
            f"UPDATE {kind.table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
            [data[c] for c in cols] + [record_id],
        )
        record(db, actor, "update", kind.table, record_id, str(before.get(kind.title_column, "")), changes)
    return changes


def delete(db: Database, actor: Actor, kind: RecordKind, record_id: int) -> None:
    """Delete a record and log what it held, in one transaction."""
    with write_transaction(db):
        before = get(db, kind, record_id)
        db.execute(f"DELETE FROM {kind.table} WHERE id = ?", [record_id])
        record(db, actor, "delete", kind.table, record_id, str(before.get(kind.title_column, "")), diff(before, None))


# -- naming steps (app.steps.operation's `describe`) -----------------------------------------------------
def title(db: Any, kind: RecordKind, record_id: Any) -> str:
    """The record's title as the user typed it ("" when it has none, or no longer exists)."""
    row = db.execute(f"SELECT {kind.title_column} FROM {kind.table} WHERE id = ?", [record_id]).fetchone()
    return str(row[0] or "") if row else ""


def describes_create(kind: RecordKind) -> Callable[..., Description]:
    """`describe` of an operation `op(ws, values, ...)` that creates a record of `kind`."""

    def describe(ws: Workspace, values: dict[str, Any], *args: Any, **kwargs: Any) -> Description:
        return Description("create", kind.table, str(values.get(kind.title_column) or "").strip())

    return describe


def describes(action: str, kind: RecordKind) -> Callable[..., Description]:
    """`describe` of an operation `op(ws, record_id, ...)` on an existing record of `kind`, named as it is now."""

    def describe(ws: Workspace, record_id: Any, *args: Any, **kwargs: Any) -> Description:
        return Description(action, kind.table, title(ws.db, kind, record_id))

    return describe
