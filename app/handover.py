"""The handover pack: one PDF for the next national focal point, written with the project package.

Focal points change often. The pack lists the State's profile, the agencies and points of contact,
what was submitted to the Committee, the work still open (actions, assistance requests, agency
workbooks awaited) and where the evidence is (attached documents, laws, sources given in the matrix),
and names the project package written beside it (`app.package`: the database and every attached
document). The PDF goes through `export_document`, so it is checked like any other export.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import LANGUAGES, attachments, clock, matrix, matrix_template, records, submissions
from app import action_plan as plan_module
from app.assistance import FINAL_STATUSES, follow_up_date
from app.errors import UserError
from app.exports import service
from app.exports.builders import Context, plan_actions
from app.exports.document import Column, Document, Heading, LabelValues, Paragraph, Part, Table
from app.exports.text import Text
from app.formats import percent
from app.interchange.agency_workbook import list_workbooks
from app.outputs import check_output_folder, inflight_temp, move_into_place
from app.package.format import SUFFIX, PackageInfo
from app.package.writing import write_package
from app.sizes import human_size
from app.workspace import Workspace

KIND = service.HANDOVER
LATE_FILL = "#f4cccc"
TOP_SOURCES = 12
CONTACT_ORDER = ("capital", "mission", "assistance", "other")
OPEN_ACTIONS_SQL = (
    "SELECT count(*) FROM plan_action a JOIN action_plan p ON p.id = a.plan_id WHERE p.frozen_on IS NULL "
    "AND a.is_proposal = 0 AND a.status NOT IN ('done', 'cancelled')"
)


@dataclass
class HandoverResult:
    pdf: Path
    package: Path
    counts: dict[str, int]
    pages: int
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    documents: int = 0  # attached documents held by the package
    package_size: int = 0
    encrypted: bool = False


def package_file_name(state_code: str, today: str | None = None) -> str:
    """The package's file name: "XEX-handover-2026-11-23.un1540"."""
    return f"{state_code}-{KIND}-{today or clock.today_iso()}{SUFFIX}"


def _backups_folder(ws: Workspace) -> Path | None:
    try:
        from app.backup_list import backups_dir
    except ImportError:  # no daily backups in this version
        return None
    return backups_dir(ws.path)


def _lines(*values: object) -> str:
    return "\n".join(str(v) for v in values if v)


# -- 1. the State and its focal point --------------------------------------------------------------------
def _state_part(ctx: Context, package: PackageInfo | None) -> Part:
    t, p, ws = ctx.t, ctx.profile, ctx.ws
    focal_point = t.join(x for x in (p["focal_point_name"], p["focal_point_title"]) if x)
    reports = records.rows(ws.db, "SELECT submitted_on, reference FROM additional_report ORDER BY submitted_on")
    template = matrix_template.current_version(ws)
    part = Part(t("handover.part.state"), sheet="1")
    if p["is_training"]:
        part.add(Paragraph(t("handover.training"), style="note"))
    pairs = [
        (t("handover.state"), f"{ctx.state} ({p['state_code']})"),
        (t("handover.focal_point"), focal_point or t("not_stated")),
        (t("handover.first_report"), t.date(p["first_report_date"]) or t("not_stated")),
        (t("handover.committee_approval"), t.date(p["committee_approval_date"]) or t("not_stated")),
        (
            t("handover.additional_reports"),
            "\n".join(" · ".join(x for x in (t.date(r["submitted_on"]), r["reference"]) if x) for r in reports)
            or t("none"),
        ),
        (t("report.coordination"), p["coordination_mechanism"] or t("not_stated")),
        (t("handover.template"), template or t("not_stated")),
    ]
    part.add(LabelValues(pairs))
    part.add(Heading(t("handover.files"), 2))
    files = [
        (t("handover.database"), str(ws.path.resolve())),
        (t("handover.documents_folder"), str(attachments.documents_dir(ws).resolve())),
    ]
    backups = _backups_folder(ws)
    if backups is not None:
        files.append((t("handover.backups_folder"), str(backups)))
    files.append((t("handover.package"), str(package.path) if package else t("handover.package_not_written")))
    files.append((t("handover.prepared_by"), ws.actor.name))
    part.add(LabelValues(files))
    return part


# -- 2 and 3. agencies and points of contact ------------------------------------------------------------
def _contacts(ctx: Context) -> list[dict[str, Any]]:
    found = records.rows(
        ctx.ws.db,
        "SELECT c.*, coalesce(g.name, '') AS agency_name FROM point_of_contact c "
        "LEFT JOIN agency g ON g.id = c.agency_id ORDER BY c.name COLLATE NOCASE",
    )
    rank = {code: i for i, code in enumerate(CONTACT_ORDER)}
    return sorted(found, key=lambda c: rank.get(c["contact_type"], len(rank)))


def _agencies_part(ctx: Context, contacts: list[dict[str, Any]]) -> Part:
    t = ctx.t
    part = Part(t("handover.part.agencies"), sheet="2")
    agencies = records.rows(ctx.ws.db, "SELECT * FROM agency ORDER BY name COLLATE NOCASE")
    if not agencies:
        return part.add(Paragraph(t("handover.agencies_none")))
    people: dict[int, list[dict[str, Any]]] = {}
    for c in contacts:
        people.setdefault(c["agency_id"], []).append(c)
    table = Table(
        columns=[
            Column(t("handover.col.agency"), 2.0),
            Column(t("handover.col.responsibilities"), 2.6),
            Column(t("handover.col.agency_contact"), 2.6),
            Column(t("handover.col.people"), 2.8),
        ],
        rows=[],
        freeze=False,
    )
    for a in agencies:
        persons = "\n\n".join(
            _lines(t.join(x for x in (c["name"], c["title"]) if x), c["phone"], c["email"])
            for c in people.get(a["id"], [])
        )
        table.rows.append(
            [
                _lines(a["name"], f"({a['acronym']})" if a["acronym"] else ""),
                a["responsibilities"],
                _lines(a["address"], a["phone"], a["email"], a["website"]),
                persons or t("none"),
            ]
        )
        table.keys.append(f"agency:{a['id']}")
    return part.add(table)


def _contacts_part(ctx: Context, contacts: list[dict[str, Any]]) -> Part:
    t = ctx.t
    part = Part(t("handover.part.contacts"), sheet="3")
    if not contacts:
        return part.add(Paragraph(t("handover.contacts_none")))
    table = Table(
        columns=[
            Column(t("contact.type"), 1.0),
            Column(t("contact.name"), 1.5),
            Column(t("contact.title"), 2.2),
            Column(t("contact.agency"), 2.0),
            Column(f"{t('contact.phone')} / {t('contact.email')}", 2.1),
            Column(t("handover.col.languages"), 0.8, "center"),
            Column(t("handover.col.confirmed"), 1.1),
        ],
        rows=[],
        freeze=False,
    )
    for c in contacts:
        table.rows.append(
            [
                t.label("contact.type", c["contact_type"]),
                c["name"],
                c["title"],
                c["agency_name"] or c["organisation"],
                _lines(c["phone"], c["email"]),
                c["languages"].upper().replace(",", ", "),
                t.date(c["date_last_confirmed"]),
            ]
        )
        table.keys.append(f"contact:{c['id']}")
    return part.add(table)


# -- 4. submissions ---------------------------------------------------------------------------------
def _submissions_part(ctx: Context) -> Part:
    t = ctx.t
    part = Part(t("handover.part.submissions"), sheet="4")
    found = submissions.list_submissions(ctx.ws)
    if not found:
        return part.add(Paragraph(t("handover.submissions_none")))
    titles = {r["id"]: r["title"] for r in records.rows(ctx.ws.db, "SELECT id, title FROM assistance_request")}
    table = Table(
        columns=[
            Column(t("handover.col.date"), 1.2),
            Column(t("handover.col.document"), 4.2),
            Column(t("handover.col.reference"), 1.6),
            Column(t("handover.col.language"), 1.1),
            Column(t("handover.col.format"), 0.8, "center"),
        ],
        rows=[],
        freeze=False,
    )
    for s in found:
        what = t(f"handover.kind.{s['kind']}") + (f" ({t('handover.kind.changes')})" if s["scope"] == "changes" else "")
        if s["request_id"]:
            what += f": {titles.get(s['request_id'], s['request_id'])}"
        table.rows.append(
            [
                t.date(s["submitted_on"]),
                _lines(what, s["file_name"]),
                s["reference"],
                Text(s["lang"])("_language_name") if s["lang"] in LANGUAGES else s["lang"],
                "PDF" if s["format"] == "pdf" else "Excel",
            ]
        )
        table.keys.append(f"submission:{s['id']}")
    return part.add(Paragraph(t("handover.submissions_note"), style="note"), table)


# -- 5, 6 and 7. the work under way ------------------------------------------------------------------------
def _actions_part(ctx: Context) -> Part:
    t = ctx.t
    part = Part(t("handover.part.actions"), sheet="5")
    plan, actions = plan_actions(ctx)
    open_actions = sorted(
        (a for a in actions if a["status"] in plan_module.OPEN_STATUSES),
        key=lambda a: (a["due_date"] is None, a["due_date"] or "", a["ordinal"], a["id"]),
    )
    overdue = sum(1 for a in open_actions if a["overdue"])
    proposals = ctx.count("SELECT count(*) FROM plan_action WHERE plan_id = ? AND is_proposal = 1", [plan["id"]])
    if not open_actions:
        part.add(Paragraph(t("handover.actions_none")))
    else:
        part.add(Paragraph(t("handover.actions_summary", open=len(open_actions), total=len(actions), overdue=overdue)))
        table = Table(
            columns=[
                Column(t("nap.col.action"), 4.2),
                Column(t("nap.col.lead"), 2.2),
                Column(t("nap.col.due"), 1.3),
                Column(t("nap.col.status"), 1.4),
            ],
            rows=[],
            freeze=False,
        )
        for a in open_actions:
            status = t.label("status", a["status"]) + (f" ({percent(a['progress'], t.lang)})" if a["progress"] else "")
            if a["overdue"]:
                status += f"\n{t('nap.overdue')}"
                table.fills[(len(table.rows), 3)] = LATE_FILL
            table.rows.append([a["title"], a["lead_agency"], t.date(a["due_date"]), status])
            table.keys.append(f"action:{a['id']}")
        part.add(table)
    if proposals:
        part.add(Paragraph(t("handover.proposals", n=proposals), style="note"))
    return part


def _next_step(ctx: Context, request: dict[str, Any]) -> tuple[str, bool]:
    """What to do next with an open request, and whether it is late (the one-year follow-up passed)."""
    t = ctx.t
    if request["status"] in ("draft", "ready", "delivered"):
        return t(f"handover.next.{request['status']}"), False
    follow_up = follow_up_date(request)
    if not follow_up:
        return "", False
    late = follow_up <= ctx.today
    return t("handover.next.follow_up_due" if late else "handover.next.follow_up", date=t.date(follow_up)), late


def _requests_part(ctx: Context) -> Part:
    t = ctx.t
    part = Part(t("handover.part.requests"), sheet="6")
    marks = ", ".join("?" for _ in FINAL_STATUSES)
    found = records.rows(
        ctx.ws.db, f"SELECT * FROM assistance_request WHERE status NOT IN ({marks}) ORDER BY id", FINAL_STATUSES
    )
    if not found:
        return part.add(Paragraph(t("handover.requests_none")))
    table = Table(
        columns=[
            Column(t("req.title"), 3.6),
            Column(t("handover.col.status"), 1.8),
            Column(t("handover.col.sent_on"), 1.3),
            Column(t("handover.col.next_step"), 3.0),
        ],
        rows=[],
        freeze=False,
    )
    for r in found:
        next_step, late = _next_step(ctx, r)
        if late:
            table.fills[(len(table.rows), 3)] = LATE_FILL
        table.rows.append([r["title"], t.label("request_status", r["status"]), t.date(r["sent_on"]), next_step])
        table.keys.append(f"request:{r['id']}")
    return part.add(table)


def _workbooks_part(ctx: Context) -> Part:
    t = ctx.t
    part = Part(t("handover.part.workbooks"), sheet="7")
    found = sorted(list_workbooks(ctx.ws, "pending"), key=lambda w: (w["exported_at"], w["id"]))
    if not found:
        return part.add(Paragraph(t("handover.workbooks_none")))
    table = Table(
        columns=[
            Column(t("handover.col.agency"), 3.0),
            Column(t("handover.col.sent_on"), 1.3),
            Column(t("handover.col.reply_by"), 1.3),
            Column(t("handover.col.fields"), 0.8, "center"),
            Column(t("handover.col.file"), 3.2),
        ],
        rows=[],
        freeze=False,
    )
    for w in found:
        reply_by = t.date(w["due_on"])
        if w["due_on"] and w["due_on"] < ctx.today:
            reply_by += f"\n{t('handover.late')}"
            table.fills[(len(table.rows), 2)] = LATE_FILL
        table.rows.append([w["agency_name"], t.date(w["exported_at"]), reply_by, str(w["fields"]), w["file_name"]])
        table.keys.append(f"workbook:{w['id']}")
    return part.add(table, Paragraph(t("handover.workbooks_note"), style="note"))


# -- 8. where the evidence is -------------------------------------------------------------------------------
def _documents_block(ctx: Context) -> list[Any]:
    t = ctx.t
    folder = attachments.documents_dir(ctx.ws).resolve()
    found = attachments.list_all(ctx.ws)
    blocks: list[Any] = [Heading(t("handover.documents"), 2)]
    if not found:
        return [*blocks, Paragraph(t("handover.documents_none"))]
    blocks.append(Paragraph(t("handover.documents_where", folder=str(folder))))
    table = Table(
        columns=[
            Column(t("handover.col.owner"), 2.6),
            Column(t("handover.col.file"), 2.4),
            Column(t("handover.col.size"), 0.9, "end"),
            Column(t("handover.col.stored"), 4.1),
        ],
        rows=[],
        freeze=False,
    )
    for a in found:
        owner = t(f"handover.entity.{a['entity']}")
        if a["entity"] != "state_profile":
            owner += f": {a['owner']}"
        valid = attachments.SHA256_RE.match(str(a["sha256"])) is not None
        stored = folder / (a["sha256"] if valid else "?")
        where = str(stored)
        if not valid or not stored.is_file():
            where += f"\n{t('handover.file_missing')}"
            table.fills[(len(table.rows), 3)] = LATE_FILL
        table.rows.append([owner, _lines(a["file_name"], a["description"]), human_size(a["size"]), where])
        table.keys.append(f"attachment:{a['id']}")
    return [*blocks, table]


def _laws_block(ctx: Context) -> list[Any]:
    t = ctx.t
    laws = records.rows(
        ctx.ws.db,
        "SELECT l.*, (SELECT count(DISTINCT c.field_key) FROM matrix_citation c "
        "WHERE c.legal_instrument_id = l.id) AS cited_by FROM legal_instrument l "
        "ORDER BY l.title_original COLLATE NOCASE",
    )
    blocks: list[Any] = [Heading(t("handover.laws"), 2)]
    if not laws:
        return [*blocks, Paragraph(t("handover.laws_none"))]
    table = Table(
        columns=[
            Column(t("law.title"), 3.6),
            Column(t("law.status"), 1.0),
            Column(t("handover.col.link"), 2.4),
            Column(t("handover.col.gazette"), 2.2),
            Column(t("handover.col.cited_by"), 0.8, "center"),
        ],
        rows=[],
        freeze=False,
    )
    for law in laws:
        facts = t.join(
            x for x in (t.label("law_type", law["instrument_type"]), law["number"], t.date(law["date_adopted"])) if x
        )
        title_en = law["title_en"] if law["title_en"] and law["title_en"] != law["title_original"] else ""
        table.rows.append(
            [
                _lines(law["title_original"], title_en, facts),
                t.label("law_status", law["status"]),
                law["link"],
                law["gazette_reference"],
                str(law["cited_by"]),
            ]
        )
        table.keys.append(f"law:{law['id']}")
    return [*blocks, table]


def _sources_block(ctx: Context) -> list[Any]:
    t = ctx.t
    db = ctx.ws.db
    counts = {
        r["section_key"]: r
        for r in records.rows(
            db,
            "SELECT r.section_key, count(*) AS fields, sum(coalesce(a.value, '') <> '') AS answered, "
            "sum(coalesce(a.source, '') <> '') AS with_source, "
            "sum(EXISTS (SELECT 1 FROM matrix_citation c WHERE c.field_key = f.key)) AS with_law "
            "FROM matrix_field f JOIN matrix_row r ON r.key = f.row_key LEFT JOIN matrix_answer a ON a.field_key = f.key "
            "GROUP BY r.section_key",
        )
    }
    total = {
        name: sum(c[name] or 0 for c in counts.values()) for name in ("fields", "answered", "with_source", "with_law")
    }
    blocks: list[Any] = [
        Heading(t("handover.sources"), 2),
        Paragraph(
            t(
                "handover.sources_summary",
                with_source=total["with_source"],
                answered=total["answered"],
                fields=total["fields"],
                cited=total["with_law"],
            )
        ),
    ]
    table = Table(
        columns=[
            Column(t("handover.col.section"), 4.0),
            Column(t("handover.col.fields"), 1.0, "center"),
            Column(t("handover.col.answered"), 1.0, "center"),
            Column(t("handover.col.with_source"), 1.1, "center"),
            Column(t("handover.col.with_law"), 1.1, "center"),
        ],
        rows=[],
        freeze=False,
    )
    for section in matrix.sections(ctx.ws, ctx.lang):
        c = counts.get(section["key"])
        if c:
            table.rows.append(
                [
                    f"{t('matrix.section', key=section['key'])}. {section['label']}",
                    *(str(c[name] or 0) for name in ("fields", "answered", "with_source", "with_law")),
                ]
            )
    table.rows.append(
        [t("handover.total"), *(str(total[name]) for name in ("fields", "answered", "with_source", "with_law"))]
    )
    blocks.append(table)
    top = records.rows(
        db,
        "SELECT source, count(*) AS n FROM matrix_answer WHERE trim(source) <> '' GROUP BY source "
        "ORDER BY n DESC, source LIMIT ?",
        [TOP_SOURCES],
    )
    if top:
        blocks.append(Heading(t("handover.top_sources"), 3))
        blocks.append(
            Table(
                columns=[Column(t("source"), 6.0), Column(t("handover.col.fields"), 1.0, "center")],
                rows=[[r["source"], str(r["n"])] for r in top],
                freeze=False,
            )
        )
    return blocks


def _package_block(ctx: Context, package: PackageInfo | None) -> list[Any]:
    t = ctx.t
    blocks: list[Any] = [Heading(t("handover.package_heading"), 2)]
    if package is None:
        return [*blocks, Paragraph(t("handover.package_not_written"))]
    blocks.append(
        Paragraph(
            t(
                "handover.package_text",
                file=package.path.name,
                folder=str(package.path.parent),
                documents=package.documents,
                size=human_size(package.size),
            )
        )
    )
    blocks.append(Paragraph(t("handover.package_encrypted" if package.encrypted else "handover.package_plain")))
    if package.missing_documents:
        blocks.append(
            Paragraph(
                t(
                    "handover.package_missing",
                    n=len(package.missing_documents),
                    names=t.join(package.missing_documents),
                ),
                style="strong",
            )
        )
    return blocks


def _evidence_part(ctx: Context, package: PackageInfo | None) -> Part:
    part = Part(ctx.t("handover.part.evidence"), sheet="8")
    part.add(*_documents_block(ctx), *_laws_block(ctx), *_sources_block(ctx), *_package_block(ctx, package))
    return part


# -- 9. first steps ---------------------------------------------------------------------------------------------
def _first_steps_part(ctx: Context, package: PackageInfo | None) -> Part:
    t = ctx.t
    part = Part(t("handover.part.first_steps"), sheet="9")
    file = package.path.name if package else "…" + SUFFIX
    steps = [t("handover.step1"), t("handover.step2", file=file)]
    if package is not None and package.encrypted:
        steps.append(t("handover.step2_encrypted"))
    steps += [t(f"handover.step{n}") for n in (3, 4, 5, 6)]
    return part.add(*[Paragraph(text, n) for n, text in enumerate(steps, 1)])


def build_handover(
    ws: Workspace, lang: str, today: str | None = None, *, package: PackageInfo | None = None
) -> Document:
    """The handover pack as a document; `package` is the project package written with it, if any."""
    ctx = Context(ws, lang, today)
    t = ctx.t
    title = t("handover.title", **ctx.state_forms)
    doc = Document(KIND, lang, title, t("handover.subtitle", date=t.date(ctx.today)), header=title, footer=ctx.footer())
    contacts = _contacts(ctx)
    intro = _state_part(ctx, package)
    intro.blocks.insert(0, Paragraph(t("handover.intro")))
    doc.parts += [
        intro,
        _agencies_part(ctx, contacts),
        _contacts_part(ctx, contacts),
        _submissions_part(ctx),
        _actions_part(ctx),
        _requests_part(ctx),
        _workbooks_part(ctx),
        _evidence_part(ctx, package),
        _first_steps_part(ctx, package),
    ]
    final = ", ".join("?" for _ in FINAL_STATUSES)
    doc.expected = {
        "agency": ctx.count("SELECT count(*) FROM agency"),
        "contact": ctx.count("SELECT count(*) FROM point_of_contact"),
        "submission": ctx.count("SELECT count(*) FROM submission"),
        "action": ctx.count(OPEN_ACTIONS_SQL),
        "request": ctx.count(f"SELECT count(*) FROM assistance_request WHERE status NOT IN ({final})", FINAL_STATUSES),
        "workbook": ctx.count("SELECT count(*) FROM agency_workbook WHERE status = 'pending'"),
        "attachment": ctx.count("SELECT count(*) FROM attachment"),
        "law": ctx.count("SELECT count(*) FROM legal_instrument"),
    }
    return doc


def export_handover(
    ws: Workspace,
    out_dir: str | Path,
    *,
    lang: str = "en",
    passphrase: str | None = None,
    today: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> HandoverResult:
    """Write the project package, then the handover PDF naming it, both in `out_dir`; return what was written.

    The PDF is checked like any export; if it cannot be written, a package this call created is removed.
    """
    started = time.perf_counter()
    if lang not in LANGUAGES:
        raise UserError(f"Unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}.")
    folder = check_output_folder(out_dir, ws.path)  # never the documents folder or one the application keeps
    day = today or clock.today_iso()
    code = Context(ws, lang, day).profile["state_code"]  # a State not set up is refused before anything is made
    made = not folder.is_dir()
    if made:
        if not folder.parent.is_dir():
            raise UserError(f"The folder {folder} does not exist.")
        folder.mkdir()
    pdf = folder / service.default_file_name(KIND, "pdf", lang, code, today=day)
    target = folder / package_file_name(code, day)
    try:
        # The package is written under a temporary name recorded in flight, and takes its name only once the PDF
        # naming it is in place: stopped before (refused, cancelled, killed), the folder holds no half pack.
        with inflight_temp(folder, target.name, SUFFIX) as staged:
            info = dataclasses.replace(write_package(ws, staged, passphrase), path=target)
            result = service.export_document(
                ws,
                KIND,
                "pdf",
                lang,
                pdf,
                today=day,
                progress=progress,
                cancelled=cancelled,
                builder=lambda: build_handover(ws, lang, day, package=info),
            )
            move_into_place(staged, target)
    except BaseException:
        if made:  # refused or cancelled: the folder this call made goes too (only if nothing else is in it)
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    warnings = list(result.warnings)
    if info.missing_documents:
        warnings.append(
            f"{len(info.missing_documents)} document(s) missing or damaged in the documents folder are not in "
            f"the package: {', '.join(info.missing_documents)}."
        )
    return HandoverResult(
        result.path,
        info.path,
        result.counts,
        result.pages,
        warnings,
        time.perf_counter() - started,
        info.documents,
        info.size,
        info.encrypted,
    )
