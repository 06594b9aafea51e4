"""Searching everything: matrix fields, laws, the action plan, assistance, agencies and points of contact.

One read per kind of record (fixed SQL, no user text in it), then matching in Python as the matrix search does
(`app.matrix_search.fold`): without case, accents, Arabic vowel marks or width differences, as plain substrings so
that a one-character Chinese word is found. Every word typed must occur in the record (in any of its parts). Each
hit says which part matched, with a snippet of it and the matched spans, so that a list can show why it was found.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.matrix_search import cut_snippet, fold, query_words, spans_of
from app.matrix_template import label_column
from app.workspace import Workspace

# The kinds of record found, in the order a result list groups them.
KINDS = ("field", "law", "priority", "action", "request", "provider", "offer", "agency", "contact")

# What part of a record matched, in English for the command line (the interface names them in its language).
PART_NAMES = {
    "title": "Title",
    "label": "Label",
    "label_other": "Label in another language",
    "value": "Value",
    "citation": "Legal reference",
    "source": "Source",
    "remarks": "Remarks",
    "details": "Adherence details",
    "agency": "Agency",
    "title_en": "English title",
    "number": "Number",
    "gazette": "Official gazette",
    "notes": "Notes",
    "description": "Description",
    "output": "Expected output",
    "need": "Need",
    "objectives": "Objectives",
    "reference": "Reference",
    "areas": "Areas",
    "subjects": "Subjects",
    "provider": "Provider",
    "contact": "Contact",
    "name": "Name",
    "acronym": "Acronym",
    "responsibilities": "Responsibilities",
    "job_title": "Job title",
    "organisation": "Organisation",
    "email": "Email",
    "phone": "Phone",
}
KIND_NAMES = {
    "field": "Matrix field",
    "law": "Law",
    "priority": "Priority",
    "action": "Action",
    "request": "Assistance request",
    "provider": "Provider",
    "offer": "Offer",
    "agency": "Agency",
    "contact": "Point of contact",
}
DEFAULT_LIMIT = 200


@dataclass(frozen=True)
class Hit:
    """One record found: where it lives, what it is called, and why it was found."""

    kind: str  # one of KINDS
    id: Any  # a matrix field's key, otherwise the record's id
    title: str  # as a list shows it
    part: str  # the part that matched (a key of PART_NAMES)
    snippet: str  # that part, cut around the first matched word, on one line
    start: int  # the first matched span in `snippet`
    end: int
    spans: tuple[tuple[int, int], ...] = ()  # every matched span in `snippet`
    detail: str = ""  # what tells two hits with the same title apart (a field's weapon and column)
    in_title: bool = False  # every word was found in the title
    weapon: str = ""  # a matrix field's weapon (NW, CW, BW) and column (adherence, legal, enforcement)
    aspect: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "detail": self.detail,
            "part": self.part,
            "part_name": PART_NAMES.get(self.part, self.part),
            "snippet": self.snippet,
            "start": self.start,
            "end": self.end,
            "spans": [list(s) for s in self.spans],
        }


class Hits(list[Hit]):
    """The hits shown (at most the limit, best first), how many more there were, and the total of each kind."""

    def __init__(self, hits: Iterable[Hit] = (), more: int = 0, counts: dict[str, int] | None = None):
        super().__init__(hits)
        self.more = more
        self.counts: dict[str, int] = counts or {}


@dataclass
class _Record:
    kind: str
    id: Any
    title: str
    parts: list[tuple[str, str]]  # (part, text), the title first
    detail: str = ""
    value: str = ""  # a matrix field's value (X, ?, NA): a word equal to it matches it
    weapon: str = ""
    aspect: str = ""
    order: int = 0
    folded: list[str] = field(default_factory=list)


_fold_cached = functools.lru_cache(maxsize=65536)(fold)


def _matches(record: _Record, words: Sequence[str]) -> bool | None:
    """None unless every word occurs in `record`; else whether they all occur in its title."""
    record.folded = [_fold_cached(text) for _part, text in record.parts]
    value = fold(record.value) if record.value else ""
    in_title = True
    for word in words:
        index = next((i for i, text in enumerate(record.folded) if word in text), -1)
        if index < 0 and not (value and word == value):
            return None
        in_title = in_title and index == 0
    return in_title


def _hit(record: _Record, words: Sequence[str], in_title: bool) -> Hit:
    """The hit for a record that matched: the part that explains it, cut around the words (only for hits shown)."""
    folded = record.folded
    # The part that explains the match best: the title when it holds every word, else the part holding the most
    # of the words the title lacks (the first such part on a tie).
    missing = [w for w in words if w not in folded[0]] if not in_title else list(words)
    scores = [(sum(1 for w in missing if w in text), -i) for i, text in enumerate(folded)]
    if not in_title:
        scores[0] = (0, 0)
    best = -max(scores)[1] if any(s for s, _ in scores) else -1
    if best < 0:
        part, text = "value", record.value
    else:
        part, text = record.parts[best]
    spans = spans_of(text, words)
    snippet, kept = cut_snippet(text, spans)
    start, end = kept[0] if kept else (0, 0)
    return Hit(
        kind=record.kind,
        id=record.id,
        title=record.title,
        part=part,
        snippet=snippet,
        start=start,
        end=end,
        spans=tuple(kept),
        detail=record.detail,
        in_title=in_title,
        weapon=record.weapon,
        aspect=record.aspect,
    )


def _rows(ws: Workspace, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    return list(ws.db.execute(sql, params).fetchall())


def _parts(*pairs: tuple[str, Any]) -> list[tuple[str, str]]:
    return [(part, text) for part, text in pairs if text]


def _field_records(ws: Workspace, lang: str) -> Iterable[_Record]:
    label = label_column(lang)
    others = [label_column(code) for code in ("en", "fr", "es", "ru", "zh", "ar") if label_column(code) != label]
    rows = _rows(
        ws,
        f"SELECT f.key, r.section_key, r.number, coalesce(nullif(r.{label}, ''), r.label_en), "
        f"{' || char(10) || '.join(f'r.{c}' for c in others)}, f.weapon, f.aspect, coalesce(a.value, ''), "
        "coalesce(a.source, ''), coalesce(a.remarks, ''), coalesce(a.adherence_details, ''), coalesce(ag.name, ''), "
        "(SELECT group_concat(l.title_original || ' — ' || l.title_en || "
        " CASE WHEN c.article = '' THEN '' ELSE ' — ' || c.article END, char(10)) "
        " FROM matrix_citation c JOIN legal_instrument l ON l.id = c.legal_instrument_id WHERE c.field_key = f.key) "
        "FROM matrix_field f JOIN matrix_row r ON r.key = f.row_key JOIN matrix_section s ON s.key = r.section_key "
        "LEFT JOIN matrix_answer a ON a.field_key = f.key LEFT JOIN agency ag ON ag.id = a.responsible_agency_id "
        "ORDER BY s.ordinal, r.ordinal, f.ordinal",
    )
    for (
        key,
        section,
        number,
        row_label,
        other_labels,
        weapon,
        aspect,
        value,
        source,
        remarks,
        details,
        agency,
        cited,
    ) in rows:
        yield _Record(
            "field",
            key,
            f"{section}.{number} {row_label}",
            _parts(
                ("label", row_label),
                ("citation", cited or ""),
                ("remarks", remarks),
                ("source", source),
                ("details", details),
                ("agency", agency),
                ("label_other", other_labels or ""),
            ),
            detail=" · ".join(x for x in (weapon or "", aspect) if x),
            value=value,
            weapon=weapon or "",
            aspect=aspect,
        )


def _other_records(ws: Workspace) -> Iterable[_Record]:
    for id_, title, title_en, number, gazette, notes in _rows(
        ws, "SELECT id, title_original, title_en, number, gazette_reference, notes FROM legal_instrument ORDER BY id"
    ):
        yield _Record(
            "law",
            id_,
            title,
            _parts(
                ("title", title), ("title_en", title_en), ("number", number), ("gazette", gazette), ("notes", notes)
            ),
        )
    working = "(SELECT id FROM action_plan WHERE frozen_on IS NULL)"
    for id_, title, description in _rows(
        ws, f"SELECT id, title, description FROM plan_priority WHERE plan_id IN {working} ORDER BY ordinal, id"
    ):
        yield _Record("priority", id_, title, _parts(("title", title), ("description", description)))
    for id_, title, description, output, agencies, notes in _rows(
        ws,
        "SELECT p.id, p.title, p.description, p.expected_output, "
        " (SELECT group_concat(g.name || CASE WHEN g.acronym = '' THEN '' ELSE ' (' || g.acronym || ')' END, '; ') "
        "  FROM agency g WHERE g.id = p.lead_agency_id "
        "  OR g.id IN (SELECT agency_id FROM plan_action_agency WHERE action_id = p.id)), p.notes "
        f"FROM plan_action p WHERE p.plan_id IN {working} ORDER BY p.ordinal, p.id",
    ):
        yield _Record(
            "action",
            id_,
            title,
            _parts(
                ("title", title),
                ("description", description),
                ("output", output),
                ("agency", agencies or ""),
                ("notes", notes),
            ),
        )
    for id_, title, need, objectives, reference, areas, agencies, notes in _rows(
        ws,
        "SELECT r.id, r.title, r.need_description, r.objectives || char(10) || r.expected_results, "
        " r.note_verbale_reference, r.areas, "
        " (SELECT group_concat(g.name, '; ') FROM assistance_request_agency x JOIN agency g ON g.id = x.agency_id "
        "  WHERE x.request_id = r.id), r.notes "
        "FROM assistance_request r ORDER BY r.id",
    ):
        yield _Record(
            "request",
            id_,
            title,
            _parts(
                ("title", title),
                ("need", need),
                ("objectives", objectives.strip()),
                ("reference", reference),
                ("areas", areas),
                ("agency", agencies or ""),
                ("notes", notes),
            ),
        )
    for id_, name, contact, email, phone, notes in _rows(
        ws, "SELECT id, name, contact_name, email, phone, notes FROM assistance_provider ORDER BY id"
    ):
        yield _Record(
            "provider",
            id_,
            name,
            _parts(("name", name), ("contact", contact), ("email", email), ("phone", phone), ("notes", notes)),
        )
    for id_, title, provider, subjects, areas, contact, notes in _rows(
        ws,
        "SELECT o.id, o.title, p.name, o.subjects, o.areas || char(10) || o.regions, o.contact, o.notes "
        "FROM assistance_offer o JOIN assistance_provider p ON p.id = o.provider_id ORDER BY o.id",
    ):
        yield _Record(
            "offer",
            id_,
            title,
            _parts(
                ("title", title),
                ("subjects", subjects),
                ("areas", areas.strip()),
                ("provider", provider),
                ("contact", contact),
                ("notes", notes),
            ),
            detail=provider,
        )
    for id_, name, acronym, responsibilities, email, phone, notes in _rows(
        ws, "SELECT id, name, acronym, responsibilities, email, phone, notes FROM agency ORDER BY name, id"
    ):
        yield _Record(
            "agency",
            id_,
            name,
            _parts(
                ("name", name),
                ("acronym", acronym),
                ("responsibilities", responsibilities),
                ("email", email),
                ("phone", phone),
                ("notes", notes),
            ),
            detail=acronym,
        )
    for id_, name, job_title, organisation, agency, email, phone, notes in _rows(
        ws,
        "SELECT c.id, c.name, c.title, c.organisation, coalesce(g.name, ''), c.email, c.phone, c.notes "
        "FROM point_of_contact c LEFT JOIN agency g ON g.id = c.agency_id ORDER BY c.name, c.id",
    ):
        yield _Record(
            "contact",
            id_,
            name,
            _parts(
                ("name", name),
                ("job_title", job_title),
                ("organisation", organisation),
                ("agency", agency),
                ("email", email),
                ("phone", phone),
                ("notes", notes),
            ),
            detail=job_title,
        )


def search_everything(ws: Workspace, text: str, lang: str = "en", limit: int = DEFAULT_LIMIT) -> Hits:
    """Every record holding all the words of `text`, the records whose title holds them all first, then by kind
    (KINDS) and in each kind's own order; at most `limit` of them (`.more` says how many were left out)."""
    words = query_words(text)
    if not words:
        return Hits()
    found: list[tuple[int, int, int, _Record, bool]] = []
    for order, record in enumerate((*_field_records(ws, lang), *_other_records(ws))):
        in_title = _matches(record, words)
        if in_title is not None:
            found.append((0 if in_title else 1, KINDS.index(record.kind), order, record, in_title))
    found.sort(key=lambda entry: entry[:3])
    counts: dict[str, int] = {}
    for *_rank, record, _in_title in found:
        counts[record.kind] = counts.get(record.kind, 0) + 1
    limit = max(0, limit)
    shown = (_hit(record, words, in_title) for *_rank, record, in_title in found[:limit])
    return Hits(shown, more=max(0, len(found) - limit), counts=counts)
