"""The words of the reports view: the four documents, their contents, formats, scopes, the stages of an
export and what its check counts. Translated in the "ReportsView" context (the Qt Linguist file keys them
so), for the view, its submissions table and its dialogs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ReportsView"

DOCUMENTS = {
    "report": QT_TRANSLATE_NOOP("ReportsView", "National report"),
    "matrix": QT_TRANSLATE_NOOP("ReportsView", "Implementation matrix"),
    "nap": QT_TRANSLATE_NOOP("ReportsView", "Action plan"),
    "assistance": QT_TRANSLATE_NOOP("ReportsView", "Assistance request"),
}
CONTENTS = {
    "report": QT_TRANSLATE_NOOP(
        "ReportsView", "The national report in the Committee's layout: covering note, introduction, one part per "
                       "operative paragraph with every matrix field and its legal references, the measures under "
                       "OP 6 to 10 (action plan, assistance requests sent) and an annex of the laws cited."),
    "report_changes": QT_TRANSLATE_NOOP(
        "ReportsView", "Only the matrix fields changed since the report submitted on %1, each with what was reported "
                       "then and what holds now, with the covering note, the introduction and the part on OP 6 to 10."),
    "matrix": QT_TRANSLATE_NOOP(
        "ReportsView", "The 1540 Committee matrix: every field of sections A to D with its value, legal references, "
                       "source and remarks, in the Committee's layout."),
    "nap": QT_TRANSLATE_NOOP(
        "ReportsView", "The National Implementation Action Plan: its header, priorities and every action with lead "
                       "agency, dates, status and progress, and a timeline."),
    "assistance": QT_TRANSLATE_NOOP(
        "ReportsView", "One assistance request on the Committee's template: point of contact, need, current "
                       "situation, objectives, beneficiaries, timeframe and resources."),
}
FORMATS = {
    "pdf": QT_TRANSLATE_NOOP("ReportsView", "PDF"),
    "xlsx": QT_TRANSLATE_NOOP("ReportsView", "Excel"),
}
SCOPES = {
    "full": QT_TRANSLATE_NOOP("ReportsView", "Full"),
    "changes": QT_TRANSLATE_NOOP("ReportsView", "Changes only"),
}
STAGES = {
    "progress.collect": QT_TRANSLATE_NOOP("ReportsView", "Reading the data…"),
    "progress.layout": QT_TRANSLATE_NOOP("ReportsView", "Laying out the pages…"),
    "progress.write": QT_TRANSLATE_NOOP("ReportsView", "Writing the file…"),
    "progress.verify": QT_TRANSLATE_NOOP("ReportsView", "Checking the file against the database…"),
}
COUNTED = {
    "field": QT_TRANSLATE_NOOP("ReportsView", "matrix fields"),
    "action": QT_TRANSLATE_NOOP("ReportsView", "actions"),
    "request": QT_TRANSLATE_NOOP("ReportsView", "assistance requests"),
    "law": QT_TRANSLATE_NOOP("ReportsView", "laws"),
    "request_field": QT_TRANSLATE_NOOP("ReportsView", "parts of the request"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def document_label(kind: str, scope: str = "full", request_id: int | None = None) -> str:
    name = _t(DOCUMENTS.get(kind, kind))
    if kind == "assistance" and request_id:
        return f"{name} #{request_id}"
    if kind == "report" and scope == "changes":
        return QCoreApplication.translate("ReportsView", "%1 (changes since the last submitted report)").replace("%1", name)
    return name


def counts_text(kind: str, counts: dict[str, int]) -> str:
    """What the check found, in words: "matrix fields 331 · actions 4 · …"."""
    parts = []
    for key, number in counts.items():
        label = COUNTED["request_field"] if (kind == "assistance" and key == "field") else COUNTED.get(key)
        parts.append(QCoreApplication.translate("ReportsView", "%1: %2").replace("%1", _t(label) if label else key)
                     .replace("%2", str(number)))
    return " · ".join(parts)
