"""Tooltips for the controls whose label does not say enough (abbreviations, filters, check boxes, buttons that
change what cannot be changed back, date fields), in one place and in the interface language.

`apply(widget)` sets them on a view or dialog when it is first shown (ui/help.py calls it); a control that has
a tooltip of its own keeps it. The controls are named by the attribute that holds them in their class."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

DATE_FIELDS = ("reviewed_on", "signature_date", "ratification_date", "entry_into_force_date")


class Tooltips(QObject):
    """The texts, by class name and attribute."""

    def date(self) -> str:
        return self.tr("A date, typed as YYYY-MM-DD (for example 2019-11-05).")

    def values(self) -> dict[str, str]:
        """The matrix's values, for the items of the value lists."""
        return {
            "X": self.tr("X: the State has taken the step or given specific references"),
            "?": self.tr("?: the references given may not be relevant or are incomplete"),
            "NA": self.tr("NA: the field does not apply to the State"),
            "": self.tr("Blank: no information given or found"),
        }

    def weapons(self) -> dict[str, str]:
        return {
            "NW": self.tr("NW: nuclear weapons"),
            "CW": self.tr("CW: chemical weapons"),
            "BW": self.tr("BW: biological weapons"),
        }

    def navigation(self) -> dict[str, str]:
        return {
            "overview": self.tr("The State profile, the coverage of the matrix and what needs attention."),
            "matrix": self.tr(
                "The 1540 Committee's matrix, sections A to D: your answers with their legal references."
            ),
            "action_plan": self.tr("The National Implementation Action Plan: priorities, actions, submitted versions."),
            "assistance": self.tr("Assistance requests to the 1540 Committee, providers and their offers."),
            "legislation": self.tr("The national laws register, cited from the matrix."),
            "agencies": self.tr("National agencies and points of contact."),
            "workbooks": self.tr("Excel workbooks sent to agencies for their answers, and their import."),
            "reports": self.tr("The national report and other documents, as PDF or Excel; submitted documents."),
            "settings": self.tr("Language, data file, backups."),
        }

    def by_class(self) -> dict[str, dict[str, str]]:
        date = self.date()
        return {
            "MatrixView": {
                "search_field": self.tr(
                    "Finds words in the answers, legal references, sources and remarks, in any of the six languages."
                ),
                "value_filter": self.tr(
                    "Only the fields with this value: X = step taken, ? = references incomplete or not relevant, "
                    "NA = does not apply, blank = no information."
                ),
                "section_filter": self.tr(
                    "Only one section: A = OP 1, B = OP 2, C = OP 3 (a) and (b), D = OP 3 (c) and (d)."
                ),
                "weapon_filter": self.tr("Only one type of weapon: NW = nuclear, CW = chemical, BW = biological."),
                "agency_filter": self.tr("Only the fields for which this agency is responsible."),
                "changed_since": self.tr("Only the fields changed since this date, typed as YYYY-MM-DD."),
                "without_reference": self.tr("Only the fields answered X or ? that cite no law yet."),
            },
            "FieldDetail": {
                "value": self.tr(
                    "X = the State has taken the step; ? = references incomplete or not relevant; "
                    "NA = does not apply; blank = no information."
                ),
                "law": self.tr("A law of the register. To cite a law that is not listed, add it in Legislation first."),
                "article": self.tr("The article or paragraph of the law that answers this field."),
                "cite_button": self.tr("Add the chosen law and article to the field's legal references."),
                "uncite_button": self.tr(
                    "Remove the selected legal reference from this field; the law stays in the register."
                ),
                "source": self.tr(
                    "Where the Committee can check it: the page of the English version of the national report, "
                    "or an official web site."
                ),
                "agency": self.tr("The national agency responsible for this field."),
                "apply_button": self.tr("Save the value, references, source and remarks of this field (Ctrl+Enter)."),
                **dict.fromkeys(DATE_FIELDS, date),
            },
            "ActionPlanView": {
                "version": self.tr("The current plan, or a version frozen when it was submitted (read-only)."),
                "freeze_button": self.tr(
                    "Keep this version of the plan, read-only, as submitted to the 1540 Committee. "
                    "This cannot be undone."
                ),
                "accept_button": self.tr("Keep the proposed action in the plan (proposed from gaps in the matrix)."),
                "request_button": self.tr("Start an assistance request from the selected action."),
                "status_filter": self.tr("Only the actions with this status."),
                "agency_filter": self.tr("Only the actions of this agency."),
                "group_by": self.tr("Show the timeline by priority or by lead agency."),
            },
            "AssistanceView": {
                "from_action_button": self.tr(
                    "Start a request from an action of the plan marked as needing assistance."
                ),
                "status_button": self.tr(
                    "Record the next step of the selected request (sent, acknowledged, circulated…) with its date."
                ),
                "link_button": self.tr(
                    "Link an offer of assistance to the selected request; the offers are ranked by how well they fit."
                ),
                "status_filter": self.tr("Only the requests at this step."),
                "only_selected": self.tr("Only the offers of the provider selected above."),
            },
            "RequestDetail": {
                "unlink_button": self.tr(
                    "Remove the link between the selected offer and this request; the offer stays in the register."
                ),
                "undo_button": self.tr("Remove the last step of the request, if it was entered by mistake."),
            },
            "LegislationView": {
                "status_filter": self.tr("Only the laws with this status (in force, amended, repealed, draft)."),
            },
            "AgenciesContactsView": {
                "only_selected": self.tr("Only the points of contact of the agency selected above."),
            },
            "ReportsView": {
                "document_combo": self.tr(
                    "The document to write: the national report, the matrix, the action plan or an assistance request."
                ),
            },
            "NewWorkbookDialog": {
                "reply_check": self.tr("Ask for the workbook back by this date; after it, it is listed as overdue."),
                "reply_date": date,
            },
            "ImportPreviewDialog": {
                "conflicts_only": self.tr(
                    "Only the fields you changed yourself after the workbook was sent; they are left unticked."
                ),
            },
            "MarkSubmittedDialog": {
                "date_edit": self.tr("The date on which the document was sent to the 1540 Committee."),
            },
        }


def _set(widget: object, text: str) -> None:
    if isinstance(widget, QWidget) and not widget.toolTip():
        widget.setToolTip(text)


def _value_items(combo: QComboBox, texts: dict[str, str]) -> None:
    for index in range(combo.count()):
        code = combo.itemData(index)
        if code in texts:
            combo.setItemData(index, texts[code], Qt.ItemDataRole.ToolTipRole)


def apply(root: QWidget) -> None:
    """Set the tooltips of `root` (a view or dialog) and of the widgets it holds."""
    tips = Tooltips()
    table = tips.by_class()
    values, weapons = tips.values(), tips.weapons()
    for widget in [root, *root.findChildren(QWidget)]:
        cls = type(widget).__name__
        for attr, text in table.get(cls, {}).items():
            _set(getattr(widget, attr, None), text)
        if cls == "RecordFormDialog":
            for name, spec_widget in getattr(widget, "widgets", {}).items():
                spec = next((s for s in widget.fields if s.name == name), None)
                if spec is not None and spec.kind == "date" and isinstance(spec_widget, QLineEdit):
                    _set(spec_widget, tips.date())
        if cls == "MatrixView":
            _value_items(widget.value_filter, values)
            _value_items(widget.weapon_filter, weapons)
        if cls == "FieldDetail":
            _value_items(widget.value, values)


def label_navigation(window: QWidget) -> None:
    """One line on what each part of the application is, on the navigation's entries."""
    texts = Tooltips().navigation()
    navigation = window.navigation  # type: ignore[attr-defined]
    for row in range(navigation.count()):
        item = navigation.item(row)
        key = item.data(256)
        if key in texts and not item.toolTip():
            item.setToolTip(texts[key])
