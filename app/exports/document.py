"""A document to export, independent of its format.

The builders (`app.exports.builders`) read the database once and describe a document as parts,
headings, numbered paragraphs, label/value lists and tables. The PDF and Excel writers lay the same
description out, so both formats always say the same thing, and the checker compares the written
file with it. Every row that stands for a record (a matrix field, an action, a request, a law) carries
a stable key: a hidden column in Excel, a named destination in PDF.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Heading:
    text: str
    level: int = 1  # 1 part title, 2 sub-heading, 3 minor heading


@dataclass
class Paragraph:
    text: str
    number: int | None = None  # the report's running paragraph number
    style: str = "body"  # body, note (smaller, grey), quote (indented), strong


@dataclass
class Column:
    title: str
    width: float = 1.0  # relative width in PDF; Excel widths are fitted to the content
    align: str = "start"  # start, center, end (start is right in Arabic)
    wrap: bool = True
    kind: str = "text"  # Excel cell type of the column's values: text, date, number, money (see Table.values)
    choices: list[str] = field(default_factory=list)  # Excel: the values a user may type (data validation)
    # Excel: the columns this one is written as, one fact each (a status, its progress, whether it is overdue);
    # Table.values[(row, column)] then holds a tuple, one value per column. PDF prints the column itself.
    excel: list[Column] = field(default_factory=list)


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[str]]
    keys: list[str] = field(default_factory=list)  # one per row, "" for a row that stands for nothing
    group_header: list[tuple[str, int]] = field(default_factory=list)  # (title, columns spanned) above the titles
    fills: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) -> colour "#rrggbb"
    emphasis: set[int] = field(default_factory=set)  # rows written in bold (group rows)
    freeze: bool = True  # Excel: freeze the header and add filters
    # Typed values for Excel, where the text shown differs from the value (a date written out, an amount):
    # (row, column) -> datetime.date, int, float or Decimal. PDF always prints the text of `rows`.
    values: dict[tuple[int, int], Any] = field(default_factory=dict)
    # How many leading columns identify a row (No., Item): a row split over two pages repeats them with "(cont.)".
    identity_columns: int = 1


@dataclass
class LabelValues:
    """Pairs of label and value, one per line (a form: the assistance request, the plan's header)."""

    pairs: list[tuple[str, str]]
    keys: list[str] = field(default_factory=list)
    values: dict[int, Any] = field(default_factory=dict)  # Excel: pair index -> typed value (a date), as Table.values


@dataclass
class Part:
    title: str
    blocks: list[Any] = field(default_factory=list)
    sheet: str = ""  # Excel sheet name (short); parts with the same sheet share it
    new_page: bool = False

    def add(self, *blocks: Any) -> Part:
        self.blocks.extend(blocks)
        return self


@dataclass
class Document:
    kind: str  # report, matrix, nap, assistance
    lang: str
    title: str
    subtitle: str = ""
    header: str = ""  # running header: State and document
    landscape: bool = False
    parts: list[Part] = field(default_factory=list)
    expected: dict[str, int] = field(default_factory=dict)  # counts read from the database, per key prefix
    footer: str = ""
    author: str = ""  # PDF Author / workbook creator: the ministry or institution that sends it
    watermark: str = ""  # "DRAFT" in the document's language while not submitted; "" for none

    def keys(self) -> list[str]:
        """Every record key the document holds, in order."""
        found: list[str] = []
        for part in self.parts:
            for block in part.blocks:
                found.extend(k for k in getattr(block, "keys", []) if k)
        return found


def key_counts(keys: Iterable[str]) -> dict[str, int]:
    """How many keys of each kind ("field:OP2.NW.x" counts as "field")."""
    counts: dict[str, int] = {}
    for key in keys:
        kind = key.split(":", 1)[0]
        counts[kind] = counts.get(kind, 0) + 1
    return counts
