"""The State's matrix as the Committee published it, typed into Excel in the Committee's layout.

A focal point starting with the application begins from the Committee's view: one sheet per section
(named A, B, C, D, or "Section A ..."), one line per row of the matrix with the row's number, and the
value columns in the Committee's order: for section A the X column, the details and the remarks; for
sections B to D, legal framework and enforcement for nuclear, chemical and biological weapons, then
the references and remarks. Formulas are read as the values Excel or LibreOffice computed; a formula
without one (a file written by a script) refuses the file with its cell named. The matrix Excel export of this
application has exactly this layout, so
it serves as the blank form. Values may be the codes (X, ?, NA) or their words in any UN language.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import LANGUAGES, records
from app.exports.text import catalogue
from app.interchange.agency_workbook import TEXT_LIMITS
from app.interchange.preview import (
    VALUE_WORDS,
    Change,
    ImportPreview,
    ImportRefused,
    _current,
    _places,
    _same,
    _text,
    _value,
    _where,
    formula_problems,
)
from app.workspace import Workspace

if TYPE_CHECKING:
    from openpyxl import Workbook

WEAPONS = ("NW", "CW", "BW")
_SECTION_TITLE = re.compile(r"^\s*(?:section\s+|раздел\s+|sección\s+|secci[oó]n\s+)?([A-D])(?:\b|[.\s:-]|$)", re.I)


def _value_words() -> dict[str, str]:
    words = dict(VALUE_WORDS)
    for lang in LANGUAGES:
        cat = catalogue(lang)
        for code in ("X", "?", "NA"):
            label = cat.get(f"value.{code}")
            if label:
                words[label.strip().upper()] = code
        words[cat.get("value.X", "Yes").strip().upper() + " (X)"] = "X"
    return words


def _weapon_prefixes() -> dict[str, str]:
    prefixes = {}
    for lang in LANGUAGES:
        cat = catalogue(lang)
        for weapon in WEAPONS:
            for key in (f"weapon_short.{weapon}", f"weapon.{weapon}"):
                if cat.get(key):
                    prefixes[cat[key].strip().casefold()] = weapon
        for weapon in WEAPONS:
            prefixes[weapon.casefold()] = weapon
    return prefixes


def _section_of(title: str, sections: set[str]) -> str | None:
    match = _SECTION_TITLE.match(title)
    if match and match.group(1).upper() in sections:
        return match.group(1).upper()
    return None


def _number(value: Any) -> int | None:
    text = _text(value).strip().rstrip(".")
    return int(text) if text.isdigit() else None


def _split_by_weapon(text: str, prefixes: dict[str, str]) -> dict[str | None, str]:
    """Text written per weapon ("NW: ...\nCW: ...", or "NW, CW: ..." for both) split by weapon; otherwise all
    of it under None."""
    parts: dict[str | None, list[str]] = {}
    current: tuple[str | None, ...] = (None,)
    for line in text.split("\n"):
        head, sep, rest = line.partition(":")
        names = [n.strip().casefold() for n in re.split(r"[,،、]", head)] if sep else []
        weapons = tuple(prefixes[n] for n in names if n in prefixes)
        if weapons and len(weapons) == len(names):
            current = weapons
            line = rest.strip()
        for weapon in current:
            parts.setdefault(weapon, []).append(line)
    if list(parts) == [None]:
        return {None: text.strip()}
    return {k: "\n".join(v).strip() for k, v in parts.items()}


def _as_exported(ws: Workspace, places: dict[str, dict[str, Any]]) -> dict[tuple[str, str], set[str]]:
    """What the matrix export of this application writes in the details and remarks columns for each field,
    in every language: the same text coming back is no change."""
    from app import submissions
    from app.exports import builders

    if ws.db.execute("SELECT 1 FROM state_profile WHERE id = 1").fetchone() is None:
        return {}
    entries = submissions.field_entries(ws)
    by_row: dict[tuple[str, int], list[str]] = {}
    for key, place in places.items():
        by_row.setdefault((place["section"], place["number"]), []).append(key)
    known: dict[tuple[str, str], set[str]] = {}
    for lang in LANGUAGES:
        ctx = builders.Context(ws, lang)
        for keys in by_row.values():
            for weapon in (None, *WEAPONS):
                mine = [k for k in keys if places[k]["weapon"] == weapon]
                if not mine:
                    continue
                text = builders.matrix_note(ctx, {places[k]["aspect"]: entries[k] for k in mine})
                for k in mine:
                    known.setdefault((k, "remarks"), set()).add(text)
                    if weapon is None:
                        known.setdefault((k, "adherence_details"), set()).add(builders._adherence_details(ctx, k))
    return known


def read_committee_matrix(ws: Workspace, path: Path, wb: Workbook) -> ImportPreview:
    name = path.name
    sections = {r["key"]: r["layout"] for r in records.rows(ws.db, "SELECT key, layout FROM matrix_section")}
    places = _places(ws)
    by_row: dict[tuple[str, int], dict[tuple[str | None, str], str]] = {}
    for key, place in places.items():
        by_row.setdefault((place["section"], place["number"]), {})[(place["weapon"], place["aspect"])] = key
    found = [(s, _section_of(s.title, set(sections))) for s in wb.worksheets if s.sheet_state == "visible"]
    sheets = [(s, section) for s, section in found if section]
    if not sheets:
        raise ImportRefused(
            f"{name} is neither an agency workbook of this application nor the Committee's matrix in its layout "
            "(no sheet named A, B, C or D). Use the matrix Excel export of this application as the form."
        )
    words = _value_words()
    prefixes = _weapon_prefixes()
    problems: list[str] = []
    notices: list[str] = []
    proposed: dict[str, dict[str, Any]] = {}
    done_sections: set[str] = set()
    for sheet, section in sheets:
        if section in done_sections:
            problems.append(f"{sheet.title}: section {section} appears in more than one sheet")
            continue
        done_sections.add(section)
        numbers = {n for (s, n) in by_row if s == section}
        last_column = min(sheet.max_column, 30)
        grid = [list(r) for r in sheet.iter_rows(max_col=last_column, values_only=True)]
        # A formula without a computed value reads as an empty cell: refused rather than taken for a blank answer.
        problems += formula_problems(wb, sheet.title, max_column=last_column).values()
        # The number column is the one that holds the section's row numbers most often.
        best, best_hits = None, 0
        for col in range(min(6, max((len(r) for r in grid), default=0))):
            hits = len({_number(r[col]) for r in grid if col < len(r)} & numbers)
            if hits > best_hits:
                best, best_hits = col, hits
        if best is None or best_hits < min(3, len(numbers)):
            problems.append(f"{sheet.title}: the column of row numbers (1 to {max(numbers)}) was not found")
            continue
        adherence = sections[section] == "adherence"
        width = 5 if adherence else 9
        seen: set[int] = set()
        for r_index, cells in enumerate(grid, start=1):
            if best >= len(cells):
                continue
            number = _number(cells[best])
            if number is None or number not in numbers:
                continue
            if number in seen:
                problems.append(f"{sheet.title}!row {r_index}: row number {number} appears twice")
                continue
            seen.add(number)
            cells = cells + [None] * (best + width - len(cells))
            fields = by_row[(section, number)]
            remarks_text = _text(cells[best + width - 1]).strip()
            if adherence:
                key = fields[(None, "adherence")]
                value = _value(cells[best + 2], words)
                if value is None:
                    problems.append(
                        f"{sheet.title}!row {r_index}: “{_text(cells[best + 2])[:40]}” is not a value of the "
                        "matrix (X, ?, NA or empty)"
                    )
                    continue
                proposed[key] = {
                    "value": value,
                    "adherence_details": _text(cells[best + 3]).strip(),
                    "remarks": remarks_text,
                }
                continue
            split = _split_by_weapon(remarks_text, prefixes)
            for w_index, weapon in enumerate(WEAPONS):
                for a_index, aspect in enumerate(("legal", "enforcement")):
                    raw = cells[best + 2 + 2 * w_index + a_index]
                    cell_key = fields.get((weapon, aspect))
                    if cell_key is None:
                        if _text(raw).strip():
                            notices.append(
                                f"{sheet.title} row {number}: {weapon} {aspect} is not a field of the matrix; "
                                "its cell was ignored"
                            )
                        continue
                    value = _value(raw, words)
                    if value is None:
                        problems.append(
                            f"{sheet.title}!row {r_index}: “{_text(raw)[:40]}” is not a value of the matrix "
                            "(X, ?, NA or empty)"
                        )
                        continue
                    text = split.get(weapon, split.get(None, "")) if value or weapon in split else ""
                    proposed[cell_key] = {"value": value, "remarks": text}
        missing = numbers - seen
        if missing:
            notices.append(
                f"section {section}: row(s) {', '.join(str(n) for n in sorted(missing))} not found; left as they are"
            )
    for key, values in proposed.items():
        for attribute, text in values.items():
            limit = TEXT_LIMITS.get(attribute)
            if limit and len(text) > limit:
                place = places[key]
                problems.append(
                    f"section {place['section']} row {place['number']}: {attribute.replace('_', ' ')} has "
                    f"{len(text):,} characters, more than the {limit:,} allowed"
                )
    if problems:
        raise ImportRefused(f"{name} cannot be imported; nothing was changed. Problems found:", problems)
    current = _current(ws, list(proposed))
    exported = _as_exported(ws, places)
    changes: list[Change] = []
    already = 0
    for key, values in proposed.items():
        for attribute, new in values.items():
            now = current[key][attribute]
            if _same(attribute, new, now) or (new and new in exported.get((key, attribute), ())):
                already += 1 if new else 0
                continue
            if not new and attribute != "value":
                continue  # the Committee says nothing here: keep what the focal point wrote
            conflict = bool(now)
            changes.append(
                Change(
                    len(changes),
                    key,
                    attribute,
                    _where(places[key]),
                    places[key]["item"],
                    now,
                    new,
                    None,
                    conflict,
                    "the database holds another answer" if conflict else "",
                )
            )
    return ImportPreview("committee", path, "the Committee's matrix", changes, len(proposed), already, None, notices)
