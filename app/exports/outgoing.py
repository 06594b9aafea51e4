"""What every outgoing document carries around its content: who sends it, whether it is a draft, the footer.

- **Author** (PDF Author, workbook creator): the institution that sends the document. The national report
  goes with a note verbale of the Permanent Mission, so its author is the Permanent Mission, named in the
  document's language as the covering note names it. The matrix, the action plan and an assistance request
  come from the institution of the national focal point: the organisation of the capital point of contact
  whose name is the State profile's focal point (else the first capital contact), as the user recorded it;
  without one, the Government of the State.
- **Draft**: a document is a draft until it goes out. The report, the matrix and the action plan are drafts
  unless exported as a submission (exported and marked as submitted in one step: `export --mark-submitted`,
  `export_document(on_checked=...)`); an assistance request is a draft while it is not sent (status draft or
  ready). A draft carries the word DRAFT in its language: a light diagonal mark behind every PDF page, in the
  print header and the title of every sheet of a workbook.
- **Footer**: the date the document was prepared. The software's name ("… with 1540 Focal Point") is added
  only when the user asks for it (Settings, or `export --credit`): the Committee reads the State's document,
  not an advertisement. The PDF's Creator field, a technical field like "Microsoft Word", names the software.
"""

from __future__ import annotations

from app import records
from app.exports.document import Document
from app.exports.text import Text
from app.states import state_forms
from app.workspace import Workspace

SOFTWARE = "1540 Focal Point"  # the PDF's Creator and the workbook's application: technical fields, always
DRAFT_REQUEST_STATUSES = ("draft", "ready")  # an assistance request not yet sent


def footer(t: Text, today: str, *, credit: bool = False) -> str:
    """The footer of every page: "Prepared on 6 December 2026", with the software's name only on request."""
    return t("generated_on" if credit else "prepared_on", date=t.date(today))


def draft_word(t: Text) -> str:
    """The watermark of a draft: one word in the document's language ("DRAFT", "PROJET", "草稿")."""
    return t("watermark.draft")


def marked_title(doc: Document) -> str:
    """The document's title as the first cell of each sheet shows it: "DRAFT — …" while it is a draft."""
    return Text(doc.lang)("watermark.title", title=doc.title) if doc.watermark else doc.title


def request_is_draft(status: str | None) -> bool:
    return (status or "draft") in DRAFT_REQUEST_STATUSES


def author(ws: Workspace, kind: str, lang: str, state_code: str) -> str:
    """The institution that sends a document of `kind` (see the module's docstring)."""
    t = Text(lang)
    forms = state_forms(state_code, lang)
    if kind == "report":
        return t("meta.author.mission", **forms)
    found = records.rows(
        ws.db,
        "SELECT coalesce(nullif(trim(g.name), ''), trim(c.organisation)) AS institution, "
        "lower(trim(c.name)) = lower(trim(p.focal_point_name)) AS is_focal_point "
        "FROM point_of_contact c JOIN state_profile p ON p.id = 1 LEFT JOIN agency g ON g.id = c.agency_id "
        "WHERE c.contact_type = 'capital' ORDER BY is_focal_point DESC, c.id",
    )
    for contact in found:
        if contact["institution"]:
            return str(contact["institution"])
    return t("meta.author.government", **forms)


def subject(doc: Document) -> str:
    """The PDF's Subject: what the document is about, with its subtitle (the plan's or the request's title)."""
    t = Text(doc.lang)
    about = t("meta.subject")
    return f"{about}{t('meta.subject_separator')}{doc.subtitle}" if doc.subtitle else about


def keywords(doc: Document) -> str:
    t = Text(doc.lang)
    words = [t("meta.keywords")]
    if doc.watermark:
        words.append(doc.watermark)
    return t.join(words)


def prepare(doc: Document, today: str, *, submitting: bool, credit: bool) -> Document:
    """What depends on how the document goes out rather than on the data: a document exported as a submission
    is no draft; the software is credited in the footer only when asked."""
    if submitting:
        doc.watermark = ""
    if credit:
        doc.footer = footer(Text(doc.lang), today, credit=True)
    return doc
