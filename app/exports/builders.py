"""The four documents, described from the database in one language (see `document.py`).

Each builder reads what it needs once, and records in `Document.expected` how many fields, actions,
requests and laws the database holds for it, counted by separate queries: the document is checked
against these counts before and after it is written.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from app import action_plan as plan_module
from app import clock, matrix, matrix_template, records, submissions
from app.errors import NotFoundError, UserError
from app.exports import outgoing
from app.exports.document import Column, Document, Heading, LabelValues, Paragraph, Part, Table
from app.exports.text import Text
from app.exports.typed import amount, day
from app.formats import percent
from app.legal_instruments import INSTRUMENT_STATUSES, INSTRUMENT_TYPES
from app.matrix_template import WEAPONS, bundled_template, label_column, label_in
from app.states import state_forms, state_name
from app.workspace import Workspace

NOT_APPLICABLE_FILL = "#e6e6e6"
STATUS_FILLS = {
    "planned": "#9fc5e8",
    "in_progress": "#6aa84f",
    "done": "#b7b7b7",
    "delayed": "#e06666",
    "cancelled": "#efefef",
}
SECTION_PARTS = {"A": "report.op1", "B": "report.op2", "C": "report.op3ab", "D": "report.op3cd"}
LATER_PARAGRAPHS = ("OP6", "OP7", "OP8", "OP9", "OP10")
SENT_FILTER = "status NOT IN ('draft', 'ready')"


class Context:
    """What every builder needs: the workspace, the language's labels, the State's name, today."""

    def __init__(self, ws: Workspace, lang: str, today: str | None = None):
        self.ws = ws
        self.t = Text(lang)
        self.lang = lang
        profile = records.rows(ws.db, "SELECT * FROM state_profile WHERE id = 1")
        if not profile:
            raise UserError("The State is not set up yet: start the application once and choose the State.")
        self.profile = profile[0]
        self.state = state_name(self.profile["state_code"], lang)
        # {state}, {state_in_text}, {state_of}: a sentence takes the form its grammar needs ("de la Fédération de Russie")
        self.state_forms = state_forms(self.profile["state_code"], lang)
        self.today = today or clock.today_iso()

    @functools.cached_property
    def adherence(self) -> dict[str, dict[str, Any]]:
        """Section A's treaty dates and details for every answered field, read once per document."""
        return {
            a["field_key"]: a
            for a in records.rows(
                self.ws.db,
                "SELECT field_key, adherence_details, signature_date, ratification_date, entry_into_force_date "
                "FROM matrix_answer",
            )
        }

    def count(self, sql: str, params: Iterable[Any] = ()) -> int:
        count: int = self.ws.db.execute(sql, list(params)).fetchone()[0]
        return count

    def footer(self) -> str:
        """The preparation date; the software's name is added at export time only if the user asks (outgoing)."""
        return outgoing.footer(self.t, self.today)

    def author(self, kind: str) -> str:
        """The institution that sends the document (app.exports.outgoing.author)."""
        return outgoing.author(self.ws, kind, self.lang, self.profile["state_code"])

    def draft(self, is_draft: bool = True) -> str:
        """The watermark of a draft in the language; "" for a document that is not one."""
        return outgoing.draft_word(self.t) if is_draft else ""


# -- the matrix, as the template lays it out ------------------------------------------------------------
def _matrix_rows(ctx: Context, section_key: str | None = None) -> list[dict[str, Any]]:
    """Rows in order with their label in the language and their fields (weapon, aspect, key)."""
    label = label_column(ctx.lang)
    where, params = ("WHERE r.section_key = ?", [section_key]) if section_key else ("", [])
    found: dict[str, dict[str, Any]] = {}
    for r in records.rows(
        ctx.ws.db,
        f"SELECT r.key AS row_key, r.section_key, r.number, coalesce(nullif(r.{label}, ''), r.label_en) AS label, "
        f"r.confirmed, f.key, f.weapon, f.aspect FROM matrix_row r JOIN matrix_section s ON s.key = r.section_key "
        f"JOIN matrix_field f ON f.row_key = r.key {where} ORDER BY s.ordinal, r.ordinal, f.ordinal",
        params,
    ):
        row = found.setdefault(
            r["row_key"],
            {
                "key": r["row_key"],
                "section": r["section_key"],
                "number": r["number"],
                "label": r["label"],
                "confirmed": bool(r["confirmed"]),
                "fields": {},
            },
        )
        row["fields"][(r["weapon"], r["aspect"])] = r["key"]
    return list(found.values())


def _citations(ctx: Context, entry: dict[str, Any], *, brief: bool = False) -> str:
    """The laws a field cites: full titles, or with `brief` the law's short name, article and annex number
    ("Loi n° 27/2003, Art. 58 [annex 9]": the full titles are in the matrix's annex)."""
    if not brief:
        return "; ".join(c["title"] + (f", {c['article']}" if c["article"] else "") for c in entry["citations"])
    annex = cited_laws(ctx)
    out = []
    for c in entry["citations"]:
        law = annex.get(c["law_id"])
        name = law["short"] if law else c["title"]
        text = name + (f", {c['article']}" if c["article"] else "")
        out.append(f"{text} {ctx.t('matrix.annex_ref', n=law['n'])}" if law else text)
    return "; ".join(out)


def _references_and_remarks(ctx: Context, entry: dict[str, Any], *, with_source: bool = True) -> str:
    """A field's laws (cited briefly with their number in the annex of laws), its source and its remarks."""
    t = ctx.t
    lines = []
    if entry["citations"]:
        lines.append(_citations(ctx, entry, brief=True))
    if with_source and entry["source"]:
        lines.append(f"{t('source')}: {entry['source']}")
    if entry["remarks"]:
        lines.append(f"{t('remarks')}: {entry['remarks']}")
    return "\n".join(lines)


def short_title(title: str, number: str) -> str:
    """A law as a citation names it: its title up to its number ("Loi n° 27/2003"), a short title whole
    ("Code pénal"), else its number, else the title's first words."""
    title, number = (title or "").strip(), (number or "").strip()
    if number and number in title:
        return title[: title.index(number) + len(number)]
    if len(title) <= 45:
        return title
    if number:
        return number
    return title[:40].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def cited_laws(ctx: Context) -> dict[int, dict[str, Any]]:
    """The laws the matrix cites, numbered as the annex lists them (the order of the report's annex of laws):
    id -> n, short name, full titles, dates. Read once per document."""
    found: dict[int, dict[str, Any]] | None = getattr(ctx, "_cited_laws", None)
    if found is None:
        rows = records.rows(
            ctx.ws.db,
            "SELECT id, title_original, title_en, number, date_adopted, status FROM legal_instrument "
            "WHERE id IN (SELECT legal_instrument_id FROM matrix_citation) ORDER BY title_original COLLATE NOCASE, id",
        )
        found = {
            law["id"]: {**law, "n": n, "short": short_title(law["title_original"], law["number"])}
            for n, law in enumerate(rows, 1)
        }
        ctx._cited_laws = found  # type: ignore[attr-defined]
    return found


def matrix_note(ctx: Context, by_aspect: dict[str, dict[str, Any]]) -> str:
    """What the matrix writes in its references column for one row and weapon (or a section A row): the laws
    cited briefly under their aspect (legal framework / enforcement), then the sources and the remarks once.
    The import of the Committee's matrix reads the same text back as no change."""
    t = ctx.t
    lines = []
    by_aspect = {a: by_aspect[a] for a in ("adherence", "legal", "enforcement") if a in by_aspect}
    cites = {aspect: _citations(ctx, entry, brief=True) for aspect, entry in by_aspect.items()}
    if len(cites) == 2 and cites.get("legal") and cites["legal"] == cites.get("enforcement"):
        lines.append(f"{t('matrix.both_aspects')}: {cites['legal']}")
    else:
        for aspect, text in cites.items():
            if text:
                lines.append(f"{t('aspect.' + aspect)}: {text}" if aspect != "adherence" else text)
    sources = [x for x in dict.fromkeys(e["source"] for e in by_aspect.values()) if x]
    if sources:
        lines.append(f"{t('source')}: " + "; ".join(sources))
    remarks = [x for x in dict.fromkeys(e["remarks"] for e in by_aspect.values()) if x]
    if remarks:
        lines.append(f"{t('remarks')}: " + " ".join(remarks))
    return "\n".join(lines)


UNCONFIRMED_MARK = "\u2020"  # † after the label of a row whose wording is not yet confirmed against the Committee's


def _adherence_details(ctx: Context, key: str) -> str:
    t = ctx.t
    a = ctx.adherence.get(key)
    if a is None:
        return ""
    parts = [
        t(name, date=t.date(a[col]))
        for name, col in (
            ("signature", "signature_date"),
            ("ratification", "ratification_date"),
            ("entry_into_force", "entry_into_force_date"),
        )
        if a[col]
    ]
    if a["adherence_details"]:
        parts.append(a["adherence_details"])
    return "\n".join(parts)


def _treaty_columns(t: Text) -> list[Column]:
    """Excel: the dates of a treaty, each in its own date column."""
    return [Column(t(f"agency.col.{name}"), kind="date") for name in ("signature", "ratification", "entry_into_force")]


def _treaty_dates(ctx: Context, key: str) -> tuple[Any, ...]:
    a = ctx.adherence.get(key) or {}
    return tuple(day(a.get(col)) for col in ("signature_date", "ratification_date", "entry_into_force_date"))


def _value_choices(t: Text, codes: bool) -> list[str]:
    """What a user may type in a value column of the matrix: the codes, or their words."""
    return ["X", "?", "NA"] if codes else [t.label("value", c) for c in ("X", "?", "NA", "")]


def _weapons_of(row: dict[str, Any]) -> list[str]:
    return [w for w in WEAPONS if (w, "legal") in row["fields"] or (w, "enforcement") in row["fields"]]


def _row_label(row: dict[str, Any]) -> str:
    return row["label"] if row.get("confirmed", True) else f"{row['label']} {UNCONFIRMED_MARK}"


def matrix_section_table(
    ctx: Context, section: dict[str, Any], entries: dict[str, dict[str, Any]], *, codes: bool
) -> Table:
    """One section in the Committee's layout: one line per row, a column per weapon and aspect.

    `codes` writes X / ? / NA as the Committee does (the matrix); otherwise values are words. A row whose
    wording is not yet confirmed against the Committee's text carries † after its label.
    """
    t = ctx.t
    rows = _matrix_rows(ctx, section["key"])
    value = (lambda v: v) if codes else (lambda v: t.label("value", v))
    if section["layout"] == "adherence":
        # Excel: the treaty's dates also in date columns, after the Committee's five columns (which the matrix
        # import reads back: the details keep the dates written out, as the Committee's matrix has them)
        table = Table(
            columns=[
                Column(t("matrix.number"), 0.5, "center"),
                Column(t("matrix.item"), 4.0),
                Column(t("aspect.adherence"), 0.9, "center", choices=_value_choices(t, codes)),
                Column(t("details"), 2.6),
                Column(
                    t("matrix.references_remarks"),
                    4.0,
                    excel=[Column(t("matrix.references_remarks")), *_treaty_columns(t)],
                ),
            ],
            rows=[],
            identity_columns=2,
        )
        for row in rows:
            key = row["fields"][(None, "adherence")]
            entry = entries[key]
            r_index = len(table.rows)
            table.values[(r_index, 0)] = row["number"]
            note = matrix_note(ctx, {"adherence": entry})
            table.values[(r_index, 4)] = (note, *_treaty_dates(ctx, key))  # Excel: the same note, then the dates
            table.rows.append(
                [str(row["number"]), _row_label(row), value(entry["value"]), _adherence_details(ctx, key), note]
            )
            table.keys.append(f"field:{key}")
        return table
    columns = [Column(t("matrix.number"), 0.45, "center"), Column(t("matrix.item"), 2.8)]
    group = [("", 2)]
    for weapon in WEAPONS:
        columns += [
            Column(t(f"aspect.{aspect}"), 0.95, "center", choices=_value_choices(t, codes))
            for aspect in ("legal", "enforcement")
        ]
        group.append((t(f"weapon.{weapon}"), 2))
    columns.append(Column(t("matrix.references_remarks"), 5.0))
    group.append(("", 1))
    table = Table(columns=columns, rows=[], group_header=group, identity_columns=2)
    for row in rows:
        cells = [str(row["number"]), _row_label(row)]
        table.values[(len(table.rows), 0)] = row["number"]
        keys: list[str] = []
        notes: list[tuple[str, str]] = []
        for w_index, weapon in enumerate(WEAPONS):
            for a_index, aspect in enumerate(("legal", "enforcement")):
                key = row["fields"].get((weapon, aspect))
                if key is None:
                    cells.append("")
                    table.fills[(len(table.rows), 2 + 2 * w_index + a_index)] = NOT_APPLICABLE_FILL
                    continue
                keys.append(f"field:{key}")
                cells.append(value(entries[key]["value"]))
            note = matrix_note(
                ctx,
                {
                    aspect: entries[row["fields"][(weapon, aspect)]]
                    for aspect in ("legal", "enforcement")
                    if (weapon, aspect) in row["fields"]
                },
            )
            if note:
                notes.append((weapon, note))
        # weapons with the same references are written once, together ("NW, CW, BW: ...")
        same: dict[str, list[str]] = {}
        for weapon, note in notes:
            same.setdefault(note, []).append(t(f"weapon_short.{weapon}"))
        cells.append("\n".join(f"{t.join(weapons)}: {note}" for note, weapons in same.items()))
        table.rows.append(cells)
        table.keys.append(" ".join(keys))
    return table


def _reporting_dates(ctx: Context) -> LabelValues:
    """The head of the Committee's matrix: State, date of the first report, dates of additional information
    (one line each), date of the Committee's approval."""
    t = ctx.t
    additional = [
        t.date(r["submitted_on"])
        for r in records.rows(ctx.ws.db, "SELECT submitted_on FROM additional_report ORDER BY submitted_on")
    ]
    return LabelValues(
        [
            (t("matrix.state"), ctx.state),
            (t("matrix.date_of_report"), t.date(ctx.profile["first_report_date"]) or t("not_stated")),
            (t("matrix.dates_additional"), "\n".join(additional) or t("none")),
            (t("matrix.date_approved"), t.date(ctx.profile["committee_approval_date"]) or t("not_stated")),
        ]
    )


def _law_annex(ctx: Context) -> Table | None:
    """Annex of the matrix: each law cited, once, under the number the citations give it."""
    t = ctx.t
    laws = cited_laws(ctx)
    if not laws:
        return None
    table = Table(
        columns=[
            Column(t("matrix.number"), 0.5, "center"),
            Column(t("law.title"), 7.0),
            Column(t("law.adopted"), 1.6),
            Column(t("law.status"), 1.1),
        ],
        rows=[],
        freeze=False,
    )
    for law in laws.values():
        title = law["title_original"]
        if law["title_en"] and law["title_en"] != title:
            title += f"\n{law['title_en']}"
        table.rows.append([str(law["n"]), title, t.date(law["date_adopted"]), t.label("law_status", law["status"])])
        table.keys.append(f"law:{law['id']}")
    return table


def build_matrix(ws: Workspace, lang: str, today: str | None = None) -> Document:
    """The matrix as the Committee lays it out: page 1 names the State and its reporting dates, then the
    explanatory note and the legend; the sections A to D; an annex of the laws cited (by number in the cells)."""
    ctx = Context(ws, lang, today)
    t = ctx.t
    entries = submissions.field_entries(ws)
    doc = Document(
        "matrix",
        lang,
        t("doc.matrix.title", **ctx.state_forms),
        t("doc.matrix.subtitle", date=t.date(ctx.today)),
        header=t("doc.matrix.title", **ctx.state_forms),
        landscape=True,
        footer=ctx.footer(),
        author=ctx.author("matrix"),
        watermark=ctx.draft(),
    )
    sections = [(s, _matrix_rows(ctx, s["key"])) for s in matrix.sections(ctx.ws, ctx.lang)]
    unconfirmed = any(not row["confirmed"] for _, rows in sections for row in rows)
    cover = Part(t("matrix.reporting"), sheet=t("matrix.cover_sheet"))
    cover.add(_reporting_dates(ctx))
    version = matrix_template.current_version(ws)
    bundled = bundled_template()
    cover.add(
        Heading(t("matrix.disclaimer_heading"), 2),
        Paragraph(label_in(bundled.disclaimer, lang)),
        Paragraph(t("matrix.note_references")),
    )
    cover.add(
        LabelValues([(code or "—", label_in(bundled.value_labels.get(code), lang)) for code in ("X", "?", "NA", "")])
    )
    if unconfirmed:
        cover.add(Paragraph(t("matrix.unconfirmed_note", mark=UNCONFIRMED_MARK), style="note"))
    if version:
        cover.add(Paragraph(f"{label_in(bundled.title, lang)} {version}", style="note"))
    doc.parts.append(cover)
    for section, rows in sections:
        title = t("matrix.section_title", key=section["key"], label=section["label"])
        part = Part(title, sheet=section["key"], new_page=True)
        part.add(matrix_section_table(ctx, section, entries, codes=True))
        if any(not row["confirmed"] for row in rows):
            part.add(Paragraph(t("matrix.unconfirmed_note", mark=UNCONFIRMED_MARK), style="note"))
        doc.parts.append(part)
    annex = _law_annex(ctx)
    if annex:
        doc.parts.append(Part(t("matrix.annex_laws"), [annex], sheet=t("matrix.annex_sheet"), new_page=True))
    doc.expected = {
        "field": ctx.count("SELECT count(*) FROM matrix_field"),
        "law": ctx.count("SELECT count(DISTINCT legal_instrument_id) FROM matrix_citation"),
    }
    return doc


# -- the national report -------------------------------------------------------------------------------------
def _split_paragraphs(text: str) -> list[str]:
    blocks = [b.strip() for b in (text or "").replace("\r\n", "\n").split("\n\n")]
    return [b for b in blocks if b]


class _Numbering:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def _report_section_table(
    ctx: Context,
    section: dict[str, Any],
    entries: dict[str, dict[str, Any]],
    numbering: _Numbering,
    only: dict[str, list[str]] | None,
    before: dict[str, dict[str, Any]] | None,
) -> Table | None:
    """A part of the report: a numbered entry per matrix row, a line per weapon, values in words."""
    t = ctx.t
    changes = before is not None
    columns = [Column(t("matrix.number"), 0.45, "center"), Column(t("matrix.item"), 2.8)]
    if section["layout"] != "adherence":
        columns.append(Column(t("report.col.weapon"), 1.1))
    if changes:
        columns += [
            Column(t("report.changed_what"), 1.2),
            Column(t("report.previous"), 2.4),
            Column(t("report.current"), 2.4),
        ]
    else:
        words = _value_choices(t, codes=False)
        columns += (
            [
                Column(t("aspect.adherence"), 1.2, choices=words),
                Column(t("details"), 1.8, excel=[*_treaty_columns(t), Column(t("details"))]),
            ]
            if section["layout"] == "adherence"
            else [Column(t("aspect.legal"), 1.2, choices=words), Column(t("aspect.enforcement"), 1.2, choices=words)]
        )
        columns.append(Column(t("legal_references") + " / " + t("remarks"), 3.4))
    table = Table(columns=columns, rows=[], freeze=True, identity_columns=2)

    def describe(entry: dict[str, Any] | None, aspect_label: str = "") -> str:
        if entry is None:
            return ""
        parts = [
            f"{aspect_label}: {t.label('value', entry['value'])}" if aspect_label else t.label("value", entry["value"])
        ]
        citations = _citations(ctx, entry)
        if citations:
            parts.append(citations)
        if entry["source"]:  # a change of the source alone is listed: show it
            parts.append(f"{t('source')}: {entry['source']}")
        for name in ("details", "remarks"):
            if entry[name]:
                parts.append(entry[name])
        return "\n".join(parts)

    for row in _matrix_rows(ctx, section["key"]):
        keys = list(row["fields"].values())
        if only is not None and not any(k in only for k in keys):
            continue
        number = str(numbering.next())
        first = True
        lines = (
            [(None, [row["fields"][(None, "adherence")]])]
            if section["layout"] == "adherence"
            else [
                (w, [row["fields"][(w, a)] for a in ("legal", "enforcement") if (w, a) in row["fields"]])
                for w in _weapons_of(row)
            ]
        )
        for weapon, field_keys in lines:
            if only is not None:
                field_keys = [k for k in field_keys if k in only]
                if not field_keys:
                    continue
            cells = [number if first else "", row["label"] if first else ""]
            if first:
                table.values[(len(table.rows), 0)] = int(number)
            if weapon is not None:
                cells.append(t(f"weapon.{weapon}"))
            if changes:
                assert only is not None and before is not None  # a changes report has both
                what = sorted(
                    {
                        t(f"change.{p}") if p in submissions.FIELD_PARTS else t("change.added_field")
                        for k in field_keys
                        for p in only[k]
                    }
                )
                labels = {k: t(f"aspect.{k.rsplit('.', 1)[-1]}") if weapon is not None else "" for k in field_keys}
                cells += [
                    t.join(what),
                    "\n".join(describe(before.get(k), labels[k]) for k in field_keys),
                    "\n".join(describe(entries.get(k), labels[k]) for k in field_keys),
                ]
            elif weapon is None:
                entry = entries[field_keys[0]]
                details = (ctx.adherence.get(field_keys[0]) or {}).get("adherence_details") or ""
                table.values[(len(table.rows), 3)] = (*_treaty_dates(ctx, field_keys[0]), details)
                cells += [
                    t.label("value", entry["value"]),
                    _adherence_details(ctx, field_keys[0]),
                    _references_and_remarks(ctx, entry),
                ]
            else:
                by_aspect = {k.rsplit(".", 1)[-1]: entries[k] for k in field_keys}
                cells += [
                    t.label("value", by_aspect["legal"]["value"]) if "legal" in by_aspect else "",
                    t.label("value", by_aspect["enforcement"]["value"]) if "enforcement" in by_aspect else "",
                ]
                notes = [n for n in dict.fromkeys(_references_and_remarks(ctx, e) for e in by_aspect.values()) if n]
                cells.append("\n".join(notes))
            table.rows.append(cells)
            table.keys.append(" ".join(f"field:{k}" for k in field_keys))
            first = False
    return table if table.rows else None


def _contacts_table(ctx: Context) -> Table | None:
    t = ctx.t
    contacts = records.rows(
        ctx.ws.db,
        "SELECT c.contact_type, c.name, c.title, coalesce(g.name, c.organisation) AS agency, "
        "c.phone, c.email FROM point_of_contact c LEFT JOIN agency g ON g.id = c.agency_id "
        "WHERE c.contact_type IN ('capital', 'mission') ORDER BY c.contact_type, c.name",
    )
    if not contacts:
        return None
    return Table(
        columns=[
            Column(t("contact.type"), 1.0),
            Column(t("contact.name"), 1.6),
            Column(t("contact.title"), 1.6),
            Column(t("contact.agency"), 2.0),
            Column(t("contact.phone"), 1.3),
            Column(t("contact.email"), 1.9),
        ],
        rows=[
            [t.label("contact.type", c["contact_type"]), c["name"], c["title"], c["agency"], c["phone"], c["email"]]
            for c in contacts
        ],
        freeze=False,
    )


def plan_actions(ctx: Context) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The working plan and its actions (proposals left out)."""
    plan = plan_module.working_plan(ctx.ws)
    return plan, [a for a in plan_module.list_actions(ctx.ws, plan["id"], ctx.today) if not a["is_proposal"]]


def _plan_summary(ctx: Context, plan: dict[str, Any], actions: list[dict[str, Any]]) -> str:
    """ "… comprises 5 priorities and 20 actions: 4 done, 6 in progress, 7 planned, 2 delayed, 1 cancelled":
    every status that has actions, each count in the form its number takes in the language."""
    t = ctx.t
    if not actions:
        return t("report.action_plan_none")
    counts = {s: sum(1 for a in actions if a["status"] == s) for s in plan_module.ACTION_STATUSES}
    statuses = [
        t.count(f"report.count.{status}#n", counts[status])
        for status in ("done", "in_progress", "planned", "delayed", "cancelled")
        if counts.get(status)
    ]
    period = " – ".join(t.date(d) for d in (plan["period_start"], plan["period_end"]) if d)
    return t(
        "report.action_plan_text",
        title=plan["title"] or t("report.action_plan"),
        period=period or t("not_stated"),
        priorities=t.count("report.count.priorities#n", len(plan_module.list_priorities(ctx.ws, plan["id"]))),
        actions=t.count("report.count.actions#n", len(actions)),
        statuses=t("report.count.separator").join(statuses),
    )


def _later_paragraph_actions(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [a for a in actions if set((a["operative_paragraphs"] or "").split(",")) & set(LATER_PARAGRAPHS)]


def _later_paragraph_count(ctx: Context) -> int:
    """Actions of the working plan serving OP 6-10, counted by the database itself."""
    like = " OR ".join("(',' || a.operative_paragraphs || ',') LIKE ?" for _ in LATER_PARAGRAPHS)
    return ctx.count(
        f"SELECT count(*) FROM plan_action a JOIN action_plan p ON p.id = a.plan_id "
        f"WHERE p.frozen_on IS NULL AND a.is_proposal = 0 AND ({like})",
        [f"%,{p},%" for p in LATER_PARAGRAPHS],
    )


def _status_choices(t: Text) -> list[str]:
    return [t.label("status", s) for s in plan_module.ACTION_STATUSES]


def _actions_table(ctx: Context, actions: list[dict[str, Any]]) -> Table:
    t = ctx.t
    table = Table(
        columns=[
            Column(t("nap.col.action"), 3.2),
            Column(t("nap.col.paragraphs"), 1.0),
            Column(t("nap.col.lead"), 1.8),
            Column(t("nap.col.due"), 1.2, kind="date"),
            Column(t("nap.col.status"), 1.2, choices=_status_choices(t)),
        ],
        rows=[],
        freeze=False,
    )
    for a in actions:
        table.values[(len(table.rows), 3)] = day(a["due_date"])
        table.values[(len(table.rows), 1)] = t.labels("paragraph", a["operative_paragraphs"])  # Excel: plain spaces
        table.rows.append(
            [
                a["title"],
                t.labels("paragraph", a["operative_paragraphs"], unbroken=True),
                a["lead_agency"],
                t.date(a["due_date"]),
                t.label("status", a["status"]),
            ]
        )
        table.keys.append(f"action:{a['id']}")
    return table


def _requests_table(ctx: Context) -> Table | None:
    t = ctx.t
    requests = records.rows(
        ctx.ws.db,
        f"SELECT id, title, areas, assistance_types, request_date, sent_on, note_verbale_reference "
        f"FROM assistance_request "
        f"WHERE {SENT_FILTER} ORDER BY sent_on, id",
    )
    if not requests:
        return None
    table = Table(
        columns=[
            Column(t("req.title"), 2.7),
            Column(t("req.area"), 1.8),
            Column(t("req.types"), 1.5),
            Column(t("req.date"), 1.3, kind="date"),
            Column(t("req.reference"), 2.1),
        ],
        rows=[],
        freeze=False,
    )
    for r in requests:  # what was asked, when and by which note: the request's state in this file stays home
        table.values[(len(table.rows), 3)] = day(r["request_date"] or r["sent_on"])
        table.rows.append(
            [
                r["title"],
                t.labels("area", r["areas"]),
                t.labels("type", r["assistance_types"]),
                t.date(r["request_date"] or r["sent_on"]),
                r["note_verbale_reference"],
            ]
        )
        table.keys.append(f"request:{r['id']}")
    return table


def _laws_table(ctx: Context) -> Table | None:
    t = ctx.t
    numbers = {law_id: law["n"] for law_id, law in cited_laws(ctx).items()}  # the number the citations give it
    laws = records.rows(
        ctx.ws.db,
        "SELECT id, title_original, title_en, instrument_type, number, date_adopted, status "
        "FROM legal_instrument WHERE id IN (SELECT legal_instrument_id FROM matrix_citation)",
    )
    laws.sort(key=lambda law: numbers[law["id"]])
    if not laws:
        return None
    table = Table(
        columns=[
            Column(t("matrix.number"), 0.4, "center"),
            Column(t("law.title"), 3.0),
            Column(t("law.title_en"), 2.6),
            Column(t("law.type"), 1.1, choices=[t.label("law_type", c) for c in INSTRUMENT_TYPES]),
            Column(t("law.number"), 1.1),
            Column(t("law.adopted"), 1.3, kind="date"),
            Column(t("law.status"), 1.0, choices=[t.label("law_status", c) for c in INSTRUMENT_STATUSES]),
        ],
        rows=[],
        freeze=False,
    )
    for law in laws:
        table.values[(len(table.rows), 0)] = numbers[law["id"]]
        table.values[(len(table.rows), 5)] = day(law["date_adopted"])
        table.rows.append(
            [
                str(numbers[law["id"]]),
                law["title_original"],
                law["title_en"],
                t.label("law_type", law["instrument_type"]),
                law["number"],
                t.date(law["date_adopted"]),
                t.label("law_status", law["status"]),
            ]
        )
        table.keys.append(f"law:{law['id']}")
    return table


def _covering_note(
    ctx: Context, settings: dict[str, Any], last: dict[str, Any] | None, submitting: submissions.Submitting | None
) -> Part:
    """The note verbale that transmits the report, as the Mission sends it: its number, the Mission's compliments
    to the Chair (citing the Committee's note it answers, if any), what it transmits, the closing formula of
    highest consideration, then place and date. The number and date are those typed at "Mark as submitted"
    when the document is written to be kept as submitted, else those of the report's text (or today)."""
    t = ctx.t
    number = submitting.reference if submitting else settings["reference"]
    day = submitting.submitted_on if submitting else settings["report_date"] or ctx.today
    answered, answered_on = settings.get("committee_note_reference") or "", settings.get("committee_note_date")
    reply = ""
    if answered or answered_on:
        key = (
            "report.nv.reply_ref_date"
            if answered and answered_on
            else "report.nv.reply_ref"
            if answered
            else "report.nv.reply_date"
        )
        reply = t(key, reference=answered, date=t.date(answered_on))
    transmits = (
        "report.covering_text_first" if settings["report_type"] == "first" else "report.covering_text_additional"
    )
    note = Part(t("report.covering_note"), sheet=t("report.covering_note"))
    if number:
        note.add(Paragraph(t("report.nv.number", number=number), style="strong"))
    note.add(Paragraph(t(transmits, reply=reply, **ctx.state_forms)))
    if last:
        note.add(Paragraph(t("report.covering_text_changes", date=t.date(last["submitted_on"]))))
    note.add(Paragraph(t("report.nv.closing", **ctx.state_forms)))
    note.add(Paragraph(t("report.nv.place_date", date=t.date(day))))
    return note


def build_report(
    ws: Workspace,
    lang: str,
    scope: str = "full",
    today: str | None = None,
    submitting: submissions.Submitting | None = None,
) -> Document:
    """The national report: covering note, introduction, one part per operative paragraph, annex of laws.

    scope "changes" reports only the fields changed since the last submitted report, each with what
    was reported then and what holds now. `submitting`: the report is written to be marked as submitted,
    with that date and note number.
    """
    if scope not in submissions.SCOPES:
        raise UserError(f"Unknown report scope {scope!r}.")
    ctx = Context(ws, lang, today)
    t = ctx.t
    settings = submissions.report_settings(ws)
    entries = submissions.field_entries(ws)
    only: dict[str, list[str]] | None = None
    before: dict[str, Any] | None = None
    last: dict[str, Any] | None = None
    if scope == "changes":
        last, changed, before = submissions.changes_since_last_report(ws, entries)
        only = {c["key"]: c["parts"] for c in changed}
    title_key = "doc.report.title_first" if settings["report_type"] == "first" else "doc.report.title_additional"
    doc = Document(
        "report",
        lang,
        t(title_key, **ctx.state_forms),
        t("doc.report.changes_subtitle", date=t.date(last["submitted_on"])) if last else "",
        header=t(title_key, **ctx.state_forms),
        footer=ctx.footer(),
        author=ctx.author("report"),
        watermark=ctx.draft(),
    )
    numbering = _Numbering()

    doc.parts.append(_covering_note(ctx, settings, last, submitting))

    intro = Part(t("report.introduction"), sheet=t("report.introduction"), new_page=True)
    context_text = _split_paragraphs(settings["national_context"])
    if context_text:
        intro.add(Heading(t("report.national_context"), 2))
        intro.add(*[Paragraph(p, numbering.next()) for p in context_text])
    plan, working_actions = plan_actions(ctx)
    coordination = _split_paragraphs(ctx.profile["coordination_mechanism"] or plan.get("coordination_mechanism") or "")
    if coordination:
        intro.add(Heading(t("report.coordination"), 2))
        intro.add(*[Paragraph(p, numbering.next()) for p in coordination])
    contacts = _contacts_table(ctx)
    if contacts or ctx.profile["focal_point_name"]:
        intro.add(Heading(t("report.points_of_contact"), 2))
        if ctx.profile["focal_point_name"]:
            name = t.join(x for x in (ctx.profile["focal_point_name"], ctx.profile["focal_point_title"]) if x)
            intro.add(Paragraph(t("report.focal_point", name=name), numbering.next()))
        if contacts:
            intro.add(contacts)
    if intro.blocks:
        doc.parts.append(intro)

    any_changes = False
    for section in matrix.sections(ctx.ws, ctx.lang):
        table = _report_section_table(ctx, section, entries, numbering, only, before)
        if table is None:
            continue
        any_changes = True
        doc.parts.append(
            Part(
                t(SECTION_PARTS.get(section["key"], "matrix.section"), key=section["key"]),
                [table],
                sheet=t(f"sheet.{section['key']}"),
                new_page=True,
            )
        )
    if scope == "changes" and not any_changes:
        assert last is not None  # read above for a changes report
        doc.parts.append(
            Part(
                t("report.changed_fields", date=t.date(last["submitted_on"])),
                [Paragraph(t("report.no_changes", date=t.date(last["submitted_on"])))],
                sheet="OP",
            )
        )

    later = Part(t("report.op6_10"), sheet=t("sheet.op6_10"), new_page=True)
    other = _split_paragraphs(settings["other_measures"])
    if other:
        later.add(Heading(t("report.other_measures"), 2), *[Paragraph(p, numbering.next()) for p in other])
    later.add(
        Heading(t("report.action_plan"), 2), Paragraph(_plan_summary(ctx, plan, working_actions), numbering.next())
    )
    actions = _later_paragraph_actions(working_actions)
    if actions:
        later.add(Heading(t("report.outreach_actions"), 3), _actions_table(ctx, actions))
    later.add(Heading(t("report.assistance"), 2))
    requests = _requests_table(ctx)
    later.add(requests if requests else Paragraph(t("report.assistance_none"), numbering.next()))
    doc.parts.append(later)

    laws = _laws_table(ctx)
    if laws:
        doc.parts.append(Part(t("report.annex_laws"), [laws], sheet=t("sheet.laws"), new_page=True))

    doc.expected = {
        "field": len(only) if only is not None else ctx.count("SELECT count(*) FROM matrix_field"),
        "action": _later_paragraph_count(ctx),
        "request": ctx.count(f"SELECT count(*) FROM assistance_request WHERE {SENT_FILTER}"),
        "law": ctx.count("SELECT count(DISTINCT legal_instrument_id) FROM matrix_citation"),
    }
    return doc


# -- the action plan ---------------------------------------------------------------------------------------------
def _quarters(start: str, end: str) -> list[tuple[int, int]]:
    y, q = int(start[:4]), (int(start[5:7]) - 1) // 3 + 1
    last = (int(end[:4]), (int(end[5:7]) - 1) // 3 + 1)
    out: list[tuple[int, int]] = []
    while (y, q) <= last and len(out) < 40:
        out.append((y, q))
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    return out


def _quarter_of(day: str) -> tuple[int, int]:
    return int(day[:4]), (int(day[5:7]) - 1) // 3 + 1


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _field_references(t: Text, fields: list[Any]) -> list[str]:
    """Matrix fields as a reader finds them in the matrix, by the Committee's numbering: section and row, then
    the weapons and the column ("D.4 (NW, CW, BW: legal framework)", "A.7"); never an internal key."""
    grouped: dict[str, dict[str, list[str]]] = {}
    for field in fields:
        where = f"{field['section_key']}.{field['number']}"
        aspects = grouped.setdefault(where, {})
        if field["weapon"]:
            aspects.setdefault(field["aspect"], []).append(t("weapon_short." + field["weapon"]))
    out = []
    for where, aspects in grouped.items():
        if not aspects:
            out.append(where)
        if aspects.get("legal") and aspects.get("legal") == aspects.get("enforcement"):  # one line for both columns
            what = t(
                "nap.field_aspect", weapons=t.join(aspects["legal"]), aspect=_lower_first(t("matrix.both_aspects"))
            )
            out.append(t("nap.field_ref", where=where, what=what))
            continue
        for aspect in ("legal", "enforcement"):
            if aspect in aspects:
                what = t(
                    "nap.field_aspect", weapons=t.join(aspects[aspect]), aspect=_lower_first(t("aspect." + aspect))
                )
                out.append(t("nap.field_ref", where=where, what=what))
    return out


TODAY_FILL = "#ffe599"
TODAY_MARK = "\u25bc"  # ▼ over the quarter of today in the timeline


def _timeline_legend(ctx: Context) -> Table:
    """What the colours of the timeline mean: a coloured cell under each status, overdue and today."""
    t = ctx.t
    entries = [
        (t.label("status", "planned"), STATUS_FILLS["planned"], ""),
        (t.label("status", "in_progress"), STATUS_FILLS["in_progress"], ""),
        (t.label("status", "done"), STATUS_FILLS["done"], ""),
        (t("nap.legend_delayed"), STATUS_FILLS["delayed"], ""),
        (t.label("status", "cancelled"), STATUS_FILLS["cancelled"], ""),
        (t("nap.today", date=t.date(ctx.today)), TODAY_FILL, TODAY_MARK),
    ]
    legend = Table(
        columns=[Column(label, 1.0, "center") for label, _, _ in entries],
        rows=[[mark for _, _, mark in entries]],
        freeze=False,
    )
    for col, (_, fill, _) in enumerate(entries):
        legend.fills[(0, col)] = fill
    legend.keys.append("")
    return legend


def _timeline(ctx: Context, dated: list[dict[str, Any]], numbers: dict[int, int]) -> list[Any]:
    """The actions over the plan's quarters: the action's number as in the table of actions, a bar in the colour
    of its status, the years above their quarters, today's quarter marked ▼ and shaded down the table."""
    t = ctx.t
    start = min((a["start_date"] or a["due_date"]) for a in dated)
    end = max((a["due_date"] or a["start_date"]) for a in dated)
    now = _quarter_of(ctx.today)
    quarters = _quarters(start, end)
    years: dict[int, int] = {}
    for y, _q in quarters:
        years[y] = years.get(y, 0) + 1
    timeline = Table(
        columns=[Column(t("nap.col.number"), 0.45, "center"), Column(t("nap.col.action"), 3.0)]
        + [
            Column(
                t("nap.quarter_short", q=q) + (f"\n{TODAY_MARK}" if (y, q) == now else ""), 0.4, "center", wrap=False
            )
            for y, q in quarters
        ]
        + [Column(t("nap.col.status"), 1.0, choices=_status_choices(t))],
        rows=[],
        group_header=[("", 2), *[(t("nap.year", y=y), n) for y, n in years.items()], ("", 1)],
        identity_columns=2,
    )
    for a in sorted(dated, key=lambda a: numbers[a["id"]]):
        first = _quarter_of(a["start_date"] or a["due_date"])
        final = _quarter_of(a["due_date"] or a["start_date"])
        row_index = len(timeline.rows)
        for col, quarter in enumerate(quarters, 2):
            if first <= quarter <= final:
                timeline.fills[(row_index, col)] = (
                    STATUS_FILLS["delayed"] if a["overdue"] else STATUS_FILLS.get(a["status"], STATUS_FILLS["planned"])
                )
            elif quarter == now:
                timeline.fills[(row_index, col)] = TODAY_FILL
        status = t.label("status", a["status"]) + (f"\n{t('nap.overdue')}" if a["overdue"] else "")
        timeline.rows.append([str(numbers[a["id"]]), a["title"]] + [""] * len(quarters) + [status])
        timeline.keys.append("")
    return [Heading(t("legend"), 3), _timeline_legend(ctx), timeline]


def build_nap(ws: Workspace, lang: str, today: str | None = None) -> Document:
    ctx = Context(ws, lang, today)
    t = ctx.t
    plan, actions = plan_actions(ctx)
    priorities = plan_module.list_priorities(ws, plan["id"])
    supporting: dict[int, list[str]] = {}
    for r in records.rows(
        ws.db,
        "SELECT s.action_id, coalesce(nullif(g.acronym, ''), g.name) AS name FROM plan_action_agency s "
        "JOIN agency g ON g.id = s.agency_id ORDER BY g.name",
    ):
        supporting.setdefault(r["action_id"], []).append(r["name"])
    fields: dict[int, list[Any]] = {}
    for r in records.rows(
        ws.db,
        "SELECT x.action_id, r.section_key, r.number, f.weapon, f.aspect FROM plan_action_field x "
        "JOIN matrix_field f ON f.key = x.field_key JOIN matrix_row r ON r.key = f.row_key "
        "JOIN matrix_section s ON s.key = r.section_key ORDER BY s.ordinal, r.ordinal, f.ordinal",
    ):
        fields.setdefault(r["action_id"], []).append(r)

    doc = Document(
        "nap",
        lang,
        t("doc.nap.title", **ctx.state_forms),
        plan["title"] or "",
        header=t("doc.nap.title", **ctx.state_forms),
        landscape=True,
        footer=ctx.footer(),
        author=ctx.author("nap"),
        watermark=ctx.draft(),
    )
    period = " – ".join(t.date(d) for d in (plan["period_start"], plan["period_end"]) if d)
    header = Part(t("nap.header"), sheet=t("nap.header"))
    header.add(
        LabelValues(
            values={5: day(plan["submitted_on"])} if plan["submitted_on"] else {},
            pairs=[
                (label, value or t("not_stated"))
                for label, value in (
                    (t("nap.plan_title"), plan["title"]),
                    (t("nap.period"), period),
                    (t("nap.adopting_authority"), plan["adopting_authority"]),
                    (t("nap.adoption_decision"), plan["adoption_decision"]),
                    (t("nap.coordination"), plan["coordination_mechanism"]),
                    (t("nap.submitted_on"), t.date(plan["submitted_on"])),
                    (t("nap.review_dates"), plan["review_dates"]),
                )
            ],
        )
    )
    counts = {s: sum(1 for a in actions if a["status"] == s) for s in plan_module.ACTION_STATUSES}
    header.add(Paragraph(t("nap.summary", actions=len(actions), **counts) if actions else t("nap.no_actions")))
    doc.parts.append(header)

    table = Table(
        columns=[
            Column(t("nap.col.number"), 0.5, "center"),
            # Excel: one fact per column (the title and the description, the status, its progress and whether it
            # is overdue, the output and its indicator, the budget as a number, its currency and its funding)
            Column(t("nap.col.action"), 3.2, excel=[Column(t("nap.col.action")), Column(t("col.description"))]),
            Column(t("nap.col.paragraphs"), 0.9),
            Column(t("nap.col.scope"), 0.9),
            Column(t("nap.col.lead"), 1.3),
            Column(t("nap.col.supporting"), 1.3),
            Column(t("nap.col.start"), 1.0, kind="date"),
            Column(t("nap.col.due"), 1.0, kind="date"),
            Column(
                t("nap.col.status"),
                1.0,
                excel=[
                    Column(t("nap.col.status"), choices=_status_choices(t)),
                    Column(t("nap.col.progress"), kind="percent", align="end"),
                    Column(t("col.overdue"), align="center"),
                ],
            ),
            Column(t("nap.col.output"), 2.4, excel=[Column(t("col.output")), Column(t("col.indicator"))]),
            Column(
                t("nap.col.budget"),
                1.2,
                excel=[
                    Column(t("col.budget"), kind="money", align="end"),
                    Column(t("col.currency"), align="center"),
                    Column(t("col.funding")),
                ],
            ),
            Column(t("nap.col.assistance"), 0.8, "center", choices=[t("yes"), t("no")]),
            Column(t("nap.col.fields"), 1.6),
        ],
        rows=[],
    )
    groups = [(p["id"], t("nap.priority", n=i, title=p["title"])) for i, p in enumerate(priorities, 1)]
    groups.append((None, t("nap.no_priority")))
    number = 0
    numbers: dict[int, int] = {}
    for priority_id, title in groups:
        members = [a for a in actions if a["priority_id"] == priority_id]
        if not members:
            continue
        table.emphasis.add(len(table.rows))
        table.rows.append([title] + [""] * (len(table.columns) - 1))
        table.keys.append("")
        for a in members:
            number += 1
            numbers[a["id"]] = number
            description = a["title"] + (f"\n{a['description']}" if a["description"] else "")
            status = t.label("status", a["status"]) + (
                f" ({percent(a['progress'], t.lang)})"
                if a["status"] in ("in_progress", "delayed") and a["progress"]
                else ""
            )
            if a["overdue"]:
                status += f"\n{t('nap.overdue')}"
                table.fills[(len(table.rows), 8)] = "#f4cccc"
            output = "\n".join(x for x in (a["expected_output"], a["indicator"]) if x)
            budget = "\n".join(x for x in (a["budget"], a["funding_source"]) if x)
            r_index = len(table.rows)
            money, currency = amount(a["budget"])
            table.values.update(
                {
                    (r_index, 0): number,
                    (r_index, 1): (a["title"], a["description"] or ""),
                    (r_index, 6): day(a["start_date"]),
                    (r_index, 7): day(a["due_date"]),
                    (r_index, 8): (
                        t.label("status", a["status"]),
                        Decimal(a["progress"] or 0) / 100,
                        t("yes") if a["overdue"] else "",
                    ),
                    (r_index, 2): t.labels("paragraph", a["operative_paragraphs"]),  # Excel: plain spaces
                    (r_index, 9): (a["expected_output"] or "", a["indicator"] or ""),
                    (r_index, 10): (
                        a["budget"] if money is None else money,
                        currency,
                        a["funding_source"] or "",
                    ),
                }
            )
            table.rows.append(
                [
                    str(number),
                    description,
                    t.labels("paragraph", a["operative_paragraphs"], unbroken=True),
                    t.labels("scope", a["weapon_scope"]),
                    a["lead_acronym"] or a["lead_agency"],
                    t.join(supporting.get(a["id"], [])),
                    t.date(a["start_date"]),
                    t.date(a["due_date"]),
                    status,
                    output,
                    budget,
                    t("yes") if a["assistance_needed"] else "",
                    "\n".join(_field_references(t, fields.get(a["id"], []))),
                ]
            )
            table.keys.append(f"action:{a['id']}")
    doc.parts.append(
        Part(
            t("nap.actions"),
            [table] if actions else [Paragraph(t("nap.no_actions"))],
            sheet=t("nap.actions"),
            new_page=True,
        )
    )

    dated = [a for a in actions if (a["start_date"] or a["due_date"]) and a["id"] in numbers]
    if dated:
        doc.parts.append(
            Part(t("nap.timeline"), _timeline(ctx, dated, numbers), sheet=t("nap.timeline"), new_page=True)
        )

    doc.expected = {
        "action": ctx.count(
            "SELECT count(*) FROM plan_action a JOIN action_plan p ON p.id = a.plan_id "
            "WHERE p.frozen_on IS NULL AND a.is_proposal = 0"
        )
    }
    return doc


# -- one assistance request ---------------------------------------------------------------------------------------
def build_assistance(
    ws: Workspace,
    lang: str,
    request_id: int | None,
    today: str | None = None,
    submitting: submissions.Submitting | None = None,
) -> Document:
    """One request on the template's layout: what is asked, by whom, for what. `submitting`: the request is written
    to be marked as submitted, under that note verbale number (when one was typed)."""
    if request_id is None:
        raise UserError("Say which assistance request to export (its number, --id N).")
    ctx = Context(ws, lang, today)
    t = ctx.t
    found = records.rows(ws.db, "SELECT * FROM assistance_request WHERE id = ?", [request_id])
    if not found:
        raise NotFoundError(f"There is no assistance request number {request_id}.")
    r = found[0]
    contacts = records.rows(
        ws.db,
        "SELECT c.name, c.title, coalesce(g.name, c.organisation) AS agency, c.phone, c.email "
        "FROM point_of_contact c LEFT JOIN agency g ON g.id = c.agency_id WHERE c.id = ?",
        [r["contact_id"] or -1],
    )
    contact = contacts[0] if contacts else {}
    beneficiaries = [
        x["name"]
        for x in records.rows(
            ws.db,
            "SELECT g.name FROM assistance_request_agency b JOIN agency g ON g.id = b.agency_id "
            "WHERE b.request_id = ? ORDER BY g.name",
            [request_id],
        )
    ]
    action = records.rows(ws.db, "SELECT title FROM plan_action WHERE id = ?", [r["action_id"] or -1])
    label = label_column(lang)
    fields = records.rows(
        ws.db,
        f"SELECT f.key, r.section_key, r.number, coalesce(nullif(r.{label}, ''), r.label_en) AS label, "
        "f.weapon, f.aspect FROM assistance_request_field x JOIN matrix_field f ON f.key = x.field_key "
        "JOIN matrix_row r ON r.key = f.row_key JOIN matrix_section s ON s.key = r.section_key "
        "WHERE x.request_id = ? ORDER BY s.ordinal, r.ordinal, f.ordinal",
        [request_id],
    )

    def text(value: str | None) -> str:
        return value if value and value.strip() else t("not_stated")

    doc = Document(
        "assistance",
        lang,
        t("doc.assistance.title"),
        r["title"],
        header=f"{ctx.state} · {t('doc.assistance.title')}",
        footer=ctx.footer(),
        author=ctx.author("assistance"),
        watermark=ctx.draft(outgoing.request_is_draft(r["status"])),
    )
    timeframe = ""
    if r["timeframe_start"] or r["timeframe_end"]:
        timeframe = t(
            "req.timeframe_dates", start=t.date(r["timeframe_start"]) or "…", end=t.date(r["timeframe_end"]) or "…"
        )
    timeframe = "\n".join(x for x in (timeframe, r["timeframe"]) if x)
    sections = [
        (
            "req.part1",
            [
                ("req.state", ctx.state),
                ("req.date", t.date(r["request_date"] or (submitting.submitted_on if submitting else None))),
                ("req.reference", (submitting.reference if submitting else "") or r["note_verbale_reference"]),
            ],
        ),
        (
            "req.part2",
            [
                ("contact.name", contact.get("name")),
                ("contact.title", contact.get("title")),
                ("contact.agency", contact.get("agency")),
                ("contact.phone", contact.get("phone")),
                ("contact.email", contact.get("email")),
            ],
        ),
        (
            "req.part3",
            [
                ("req.title", r["title"]),
                ("req.area", t.labels("area", r["areas"])),
                ("req.scope", t.labels("scope", r["weapon_scope"])),
                ("req.types", t.labels("type", r["assistance_types"])),
            ],
        ),
        (
            "req.part4",
            [
                ("req.need", r["need_description"]),
                ("req.situation", r["current_situation"]),
                ("req.objectives", r["objectives"]),
                ("req.results", r["expected_results"]),
            ],
        ),
        (
            "req.part5",
            [
                ("req.beneficiaries", "\n".join(beneficiaries)),
                ("req.timeframe", timeframe),
                ("req.resources", r["estimated_resources"]),
                ("req.received", r["assistance_received"]),
                ("req.providers", r["preferred_providers"]),
            ],
        ),
        ("req.part6", [("req.consent", t.label("consent", r["consent_to_publication"]))]),
    ]
    form = Part(r["title"], sheet=t("sheet.request"))
    for heading, pairs in sections:
        form.add(Heading(t(heading), 2))
        block = LabelValues([(t(k), text(v)) for k, v in pairs])
        if heading == "req.part1" and day(r["request_date"]):
            block.values[1] = day(r["request_date"])
        if heading == "req.part3":
            block.keys = [f"request:{request_id}", "", "", ""]
        form.add(block)
    form.add(Heading(t("req.part7"), 2))
    form.add(
        LabelValues(
            [
                (t("req.action"), action[0]["title"] if action else t("none")),
            ]
        )
    )
    if fields:
        bundled = bundled_template()
        table = Table(
            columns=[
                Column(t("matrix.section", key="").strip(), 0.8, "center"),
                Column(t("matrix.number"), 0.5, "center"),
                Column(t("matrix.item"), 3.0),
                Column(t("report.col.weapon"), 1.8),
                Column(t("req.col.aspect"), 1.8),
            ],
            rows=[],
            freeze=False,
            identity_columns=3,
        )
        # One line per matrix row and column (legal framework, enforcement), its weapons together, as the
        # Committee's matrix lays them out: "D | 4 | Brokering controls | NW, CW, BW | National legal framework".
        lines: dict[tuple[str, str | None], dict[str, Any]] = {}
        for f in fields:
            line = lines.setdefault(
                (f"{f['section_key']}.{f['number']}", f["aspect"]),
                {"field": f, "weapons": [], "keys": []},
            )
            if f["weapon"]:
                line["weapons"].append(t.label("scope", f["weapon"]))
            line["keys"].append(f"field:{f['key']}")
        for line in lines.values():
            f = line["field"]
            aspect = bundled.aspect_labels.get(f["aspect"]) if f["aspect"] != "adherence" else None
            table.rows.append(
                [
                    f["section_key"],
                    str(f["number"]),
                    f["label"],
                    t.join(line["weapons"]),
                    label_in(aspect, lang) if aspect else "",
                ]
            )
            table.keys.append(" ".join(line["keys"]))
        form.add(Heading(t("req.fields"), 3), table)
    doc.parts.append(form)
    doc.expected = {
        "request": 1,
        "field": ctx.count("SELECT count(*) FROM assistance_request_field WHERE request_id = ?", [request_id]),
    }
    return doc


BUILDERS: dict[str, Callable[..., Document]] = {
    "report": build_report,
    "matrix": build_matrix,
    "nap": build_nap,
    "assistance": build_assistance,
}
