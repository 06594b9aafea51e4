"""The 1540 Committee's matrix template, held as versioned data in resources/matrix_template/.

The template changes over time (rows added, labels corrected, keys renamed). The database keeps the
version it was loaded from; when the application ships a newer template, `ensure_current` upgrades
the database in one transaction and carries the State's answers over by stable field key:
renamed keys follow `renamed_fields`, and answers to fields the new template drops are archived in
`matrix_answer_retired`, never deleted.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import LANGUAGES
from app.audit import record, utc_now
from app.errors import UserError
from db import write_transaction

if TYPE_CHECKING:  # types only: the workspace loads the template when it opens (app.workspace imports this module)
    from app.workspace import Workspace
    from db.connection import Database

TEMPLATE_FOLDER = "matrix_template"
LAYOUTS = ("adherence", "weapon_aspect")
WEAPONS = ("NW", "CW", "BW")
ASPECTS = ("legal", "enforcement")
VALUES = ("X", "?", "NA", "")
REQUIRED_LANGUAGES = ("en", "fr")


class TemplateError(UserError):
    """The template data is inconsistent; a packaging error, reported rather than half loaded."""


@dataclass(frozen=True)
class TemplateField:
    key: str
    row_key: str
    weapon: str | None
    aspect: str
    ordinal: int


@dataclass(frozen=True)
class TemplateRow:
    key: str
    section_key: str
    number: int
    ordinal: int
    labels: dict[str, Any]
    confirmed: bool
    fields: tuple[TemplateField, ...]


@dataclass(frozen=True)
class TemplateSection:
    key: str
    ordinal: int
    layout: str
    labels: dict[str, Any]
    rows: tuple[TemplateRow, ...]


@dataclass(frozen=True)
class Template:
    version: str
    title: dict[str, Any]
    disclaimer: dict[str, Any]
    value_labels: dict[str, Any]
    weapon_labels: dict[str, Any]
    aspect_labels: dict[str, Any]
    sections: tuple[TemplateSection, ...]
    renamed_fields: dict[str, Any] = field(default_factory=dict)

    @property
    def rows(self) -> list[TemplateRow]:
        return [row for section in self.sections for row in section.rows]

    @property
    def fields(self) -> list[TemplateField]:
        return [f for row in self.rows for f in row.fields]

    def field_keys(self) -> list[str]:
        return [f.key for f in self.fields]


def version_tuple(version: str) -> tuple[Any, ...]:
    return tuple(int(part) if part.isdigit() else part for part in version.split("."))


def _labels(raw: dict[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise TemplateError(f"{where}: labels must be an object by language.")
    for lang in REQUIRED_LANGUAGES:
        if not str(raw.get(lang, "")).strip():
            raise TemplateError(f"{where}: the {lang} label is missing.")
    unknown = set(raw) - set(LANGUAGES)
    if unknown:
        raise TemplateError(f"{where}: unknown language {sorted(unknown)[0]!r}.")
    return {lang: str(raw.get(lang, "")) for lang in LANGUAGES}


def parse_template(data: dict[str, Any]) -> Template:
    """Build and check a Template from its JSON data; TemplateError on any inconsistency."""
    try:
        sections = []
        seen_fields: set[str] = set()
        seen_rows: set[str] = set()
        for s_index, raw_section in enumerate(data["sections"], 1):
            key = raw_section["key"]
            layout = raw_section["layout"]
            if layout not in LAYOUTS:
                raise TemplateError(f"section {key}: unknown layout {layout!r}.")
            prefix = raw_section["field_prefix"]
            rows = []
            for r_index, raw_row in enumerate(raw_section["rows"], 1):
                row_key = f"{prefix}.{raw_row['slug']}"
                if row_key in seen_rows:
                    raise TemplateError(f"row {row_key} appears twice.")
                seen_rows.add(row_key)
                fields: list[TemplateField] = []
                if layout == "adherence":
                    fields.append(TemplateField(row_key, row_key, None, "adherence", 1))
                else:
                    weapons = raw_row.get("weapons", raw_section["weapons"])
                    aspects = raw_section["aspects"]
                    if set(weapons) - set(WEAPONS) or set(aspects) - set(ASPECTS):
                        raise TemplateError(f"row {row_key}: unknown weapon or aspect.")
                    ordinal = 0
                    for weapon in weapons:
                        for aspect in aspects:
                            ordinal += 1
                            fields.append(
                                TemplateField(
                                    f"{prefix}.{weapon}.{raw_row['slug']}.{aspect}", row_key, weapon, aspect, ordinal
                                )
                            )
                for f in fields:
                    if f.key in seen_fields:
                        raise TemplateError(f"field {f.key} appears twice.")
                    seen_fields.add(f.key)
                rows.append(
                    TemplateRow(
                        key=row_key,
                        section_key=key,
                        number=int(raw_row["number"]),
                        ordinal=r_index,
                        labels=_labels(raw_row["label"], f"row {row_key}"),
                        confirmed=bool(raw_row.get("confirmed", True)),
                        fields=tuple(fields),
                    )
                )
            sections.append(
                TemplateSection(key, s_index, layout, _labels(raw_section["label"], f"section {key}"), tuple(rows))
            )
        template = Template(
            version=str(data["version"]),
            title=_labels(data["title"], "title"),
            disclaimer=_labels(data["disclaimer"], "disclaimer"),
            value_labels={v["code"]: _labels(v["label"], f"value {v['code']!r}") for v in data["values"]},
            weapon_labels={w["code"]: _labels(w["label"], f"weapon {w['code']}") for w in data["weapons"]},
            aspect_labels={a["code"]: _labels(a["label"], f"aspect {a['code']}") for a in data["aspects"]},
            sections=tuple(sections),
            renamed_fields=dict(data.get("renamed_fields", {})),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(f"The matrix template data is malformed ({exc!r}).") from exc
    unknown_targets = sorted(set(template.renamed_fields.values()) - set(template.field_keys()))
    if unknown_targets:
        raise TemplateError(f"renamed_fields points at {unknown_targets[0]!r}, which the template does not define.")
    if set(template.value_labels) != set(VALUES):
        raise TemplateError("The matrix template must describe exactly the values X, ?, NA and blank.")
    return template


def bundled_template_paths() -> list[Path]:
    folder = resources.files("resources").joinpath(TEMPLATE_FOLDER)
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".json"))


def load_template(path: str | Path | None = None) -> Template:
    """The template at `path`, or the newest one bundled with the application."""
    if path is None:
        candidates = [parse_template(json.loads(p.read_text(encoding="utf-8"))) for p in bundled_template_paths()]
        if not candidates:
            raise TemplateError("No matrix template is bundled with the application.")
        return max(candidates, key=lambda t: version_tuple(t.version))
    return parse_template(json.loads(Path(path).read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=1)
def bundled_template() -> Template:
    """The newest bundled template, read once (labels of weapons, aspects and values)."""
    return load_template()


def current_version(ws: Workspace) -> str | None:
    """The template version the database holds, or None before the first load."""
    row = ws.db.execute("SELECT version FROM matrix_template WHERE is_current = 1").fetchone()
    return row[0] if row else None


def label_column(lang: str) -> str:
    """The database column holding labels in `lang` (English for an unknown language)."""
    return f"label_{lang}" if lang in LANGUAGES else "label_en"


def label_in(labels: dict[str, Any] | None, lang: str) -> str:
    """A label in `lang`, falling back to English while a translation is missing."""
    labels = labels or {}
    label: str = labels.get(lang) or labels.get("en", "")
    return label


def _label_params(labels: dict[str, Any]) -> list[str]:
    return [labels.get(lang, "") for lang in LANGUAGES]


_LABEL_COLS = ", ".join(f"label_{lang}" for lang in LANGUAGES)
_LABEL_MARKS = ", ".join("?" for _ in LANGUAGES)
_LABEL_UPDATES = ", ".join(f"label_{lang} = excluded.label_{lang}" for lang in LANGUAGES)


def _write_structure(db: Database, template: Template) -> None:
    for section in template.sections:
        db.execute(
            f"INSERT INTO matrix_section (key, ordinal, layout, {_LABEL_COLS}) VALUES (?, ?, ?, {_LABEL_MARKS}) "
            f"ON CONFLICT(key) DO UPDATE SET ordinal = excluded.ordinal, layout = excluded.layout, {_LABEL_UPDATES}",
            [section.key, section.ordinal, section.layout, *_label_params(section.labels)],
        )
        for row in section.rows:
            db.execute(
                f"INSERT INTO matrix_row (key, section_key, number, ordinal, confirmed, {_LABEL_COLS}) "
                f"VALUES (?, ?, ?, ?, ?, {_LABEL_MARKS}) "
                "ON CONFLICT(key) DO UPDATE SET section_key = excluded.section_key, number = excluded.number, "
                f"ordinal = excluded.ordinal, confirmed = excluded.confirmed, {_LABEL_UPDATES}",
                [row.key, section.key, row.number, row.ordinal, int(row.confirmed), *_label_params(row.labels)],
            )


def _write_fields(db: Database, template: Template) -> None:
    for f in template.fields:
        db.execute(
            "INSERT INTO matrix_field (key, row_key, weapon, aspect, ordinal) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET row_key = excluded.row_key, weapon = excluded.weapon, "
            "aspect = excluded.aspect, ordinal = excluded.ordinal",
            [f.key, f.row_key, f.weapon, f.aspect, f.ordinal],
        )


def _retire_fields(db: Database, keep: set[str], old_version: str) -> int:
    """Archive then delete the fields (and their answers) the new template no longer has."""
    gone = [r[0] for r in db.execute("SELECT key FROM matrix_field").fetchall() if r[0] not in keep]
    now = utc_now()
    for key in gone:
        cursor = db.execute("SELECT * FROM matrix_answer WHERE field_key = ?", [key])
        answer = cursor.fetchone()
        answer_dict = dict(zip([c[0] for c in cursor.description], answer, strict=True)) if answer else None
        citations = [
            {"legal_instrument_id": r[0], "article": r[1]}
            for r in db.execute(
                "SELECT legal_instrument_id, article FROM matrix_citation WHERE field_key = ? ORDER BY ordinal", [key]
            ).fetchall()
        ]
        if answer_dict or citations:
            db.execute(
                "INSERT INTO matrix_answer_retired (field_key, template_version, answer, retired_at) VALUES (?, ?, ?, ?)",
                [
                    key,
                    old_version,
                    json.dumps({"answer": answer_dict, "citations": citations}, ensure_ascii=False),
                    now,
                ],
            )
        db.execute("DELETE FROM matrix_citation WHERE field_key = ?", [key])
        db.execute("DELETE FROM matrix_answer WHERE field_key = ?", [key])
        db.execute("DELETE FROM matrix_field WHERE key = ?", [key])
    return len(gone)


def ensure_current(ws: Workspace, template: Template | None = None) -> str | None:
    """Load the template into a new database, or upgrade an older one; return what was done.

    Returns None when the database already holds this version (or a newer one), "loaded" on
    first start and "upgraded" after an upgrade. The whole step is one transaction.
    """
    template = template or bundled_template()
    db = ws.db
    existing = current_version(ws)
    if existing is not None and version_tuple(existing) >= version_tuple(template.version):
        return None
    actor = ws.actor
    with write_transaction(db):
        _write_structure(db, template)
        renamed = 0
        if existing is not None:
            present = {r[0] for r in db.execute("SELECT key FROM matrix_field").fetchall()}
            for old, new in template.renamed_fields.items():
                if old in present and new not in present:
                    new_row = next(f.row_key for f in template.fields if f.key == new)
                    db.execute("UPDATE matrix_field SET key = ?, row_key = ? WHERE key = ?", [new, new_row, old])
                    renamed += 1
        _write_fields(db, template)
        retired = _retire_fields(db, set(template.field_keys()), existing or template.version)
        row_keys = [r.key for r in template.rows]
        db.execute(f"DELETE FROM matrix_row WHERE key NOT IN ({', '.join('?' for _ in row_keys)})", row_keys)
        section_keys = [s.key for s in template.sections]
        db.execute(
            f"DELETE FROM matrix_section WHERE key NOT IN ({', '.join('?' for _ in section_keys)})", section_keys
        )
        db.execute("UPDATE matrix_template SET is_current = 0")
        db.execute(
            "INSERT INTO matrix_template (version, title, loaded_at, is_current) VALUES (?, ?, ?, 1) "
            "ON CONFLICT(version) DO UPDATE SET loaded_at = excluded.loaded_at, is_current = 1",
            [template.version, template.title["en"], utc_now()],
        )
        if existing is None:
            record(
                db,
                actor,
                "load",
                "matrix_template",
                template.version,
                f"Matrix template {template.version} loaded ({len(template.fields)} fields)",
            )
            return "loaded"
        record(
            db,
            actor,
            "upgrade",
            "matrix_template",
            template.version,
            f"Matrix template {existing} -> {template.version}: {renamed} field(s) renamed, {retired} retired",
            {"from": existing, "to": template.version, "renamed": renamed, "retired": retired},
        )
    return "upgraded"
